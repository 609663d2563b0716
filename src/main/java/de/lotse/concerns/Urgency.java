package de.lotse.concerns;

/**
 * Existential means the citizen's livelihood is at stake today: no money, payment stopped, eviction, energy cut-off.
 * Such concerns get a same-day clock and their own queue.
 */
public enum Urgency {
    NORMAL, EXISTENTIAL
}

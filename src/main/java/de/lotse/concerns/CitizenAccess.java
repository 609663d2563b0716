package de.lotse.concerns;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * Everything a citizen does with a status link: read the concern and add messages. The link's secret is the only
 * credential; wrong ones count against the client, and every read is written to the access log.
 */
@Service
public class CitizenAccess {

    static final String SUBJECT = "concern";
    static final String ACTOR = "citizen:status-link";
    private static final int SAVE_ATTEMPTS = 5;

    private final Concerns concerns;
    private final StatusLinkGuard guard;
    private final IntakeValidation validation;
    private final Sites sites;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CitizenAccess(Concerns concerns, StatusLinkGuard guard, IntakeValidation validation, Sites sites,
            AccessLog accessLog, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.concerns = concerns;
        this.guard = guard;
        this.validation = validation;
        this.sites = sites;
        this.accessLog = accessLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param client who asks (e.g. the remote address), for the guard against guessing
     * @throws StatusLinkNotFound when no concern has this secret
     * @throws TooManyWrongLinks when the client guessed wrong too often
     */
    public CitizenView open(String candidateSecret, String client, String purpose) {
        return transactions.execute(status -> {
            Concern concern = find(candidateSecret, client, false);
            accessLog.record(new PersonalDataRead(SUBJECT, concern.id().value(), ACTOR, purpose, clock.instant()));
            return view(concern);
        });
    }

    /**
     * Adds the citizen's message exactly once per idempotency key.
     *
     * @return the timeline position of the message
     * @throws InvalidDraft when the text is empty or too long
     * @throws ConcernClosed when the concern takes no more messages
     */
    public int addMessage(String candidateSecret, String typedText, Optional<String> idempotencyKey, String client) {
        String text = validation.checkMessage(typedText);
        byte[] keyHash = StatusLinks.sha256("message-idempotency:"
                + idempotencyKey.map(String::strip).filter(k -> !k.isEmpty()).orElseGet(() -> UUID.randomUUID().toString()));
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Concern concern = find(candidateSecret, client, true);
                    Optional<Integer> earlier = concerns.entryWithIdempotencyKey(concern.id(), keyHash);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    TimelineEntry entry = concern.addCitizenMessage(text, keyHash, clock.instant());
                    concerns.update(concern);
                    concern.releaseEvents().forEach(events::publishEvent);
                    return entry.position();
                });
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentChange) {
                if (attempt >= SAVE_ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    private Concern find(String candidateSecret, String client, boolean forChange) {
        guard.checkAllowed(client);
        Optional<Concern> concern = Optional.empty();
        if (StatusLinkSecret.looksLikeOne(candidateSecret)) {
            byte[] hash = StatusLinks.hash(new StatusLinkSecret(candidateSecret));
            concern = forChange ? concerns.byStatusLinkHashForChange(hash) : concerns.byStatusLinkHash(hash);
        }
        if (concern.isEmpty()) {
            guard.recordFailure(client);
            throw new StatusLinkNotFound();
        }
        return concern.get();
    }

    private CitizenView view(Concern concern) {
        return new CitizenView(concern.reference(), concern.kind(), concern.urgency(), concern.status(),
                concern.receivedAt(), concern.content().description(), concern.site().flatMap(sites::byId).map(Site::name), concern.noticeDate(),
                concern.content().contact().channel(),
                concern.timeline().stream().filter(TimelineEntry::visibleToCitizen).toList(),
                concern.status().acceptsCitizenMessages());
    }
}

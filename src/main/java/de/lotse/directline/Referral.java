package de.lotse.directline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.CustomerNumber;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;
import de.lotse.concerns.Urgency;
import de.lotse.directline.ReferralEntry.Audience;
import de.lotse.directline.ReferralEntry.Side;
import de.lotse.directline.ReferralEntry.Type;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/**
 * A Klärungsfall: a counsellor's referral of a client's conflict to the site management. Every change is a guarded
 * method that appends to the history and records an event; illegal steps throw {@link IllegalReferralStep}.
 */
public final class Referral {

    /** What the counsellor wrote about the case; fixed once the referral is opened. */
    public record Content(Urgency urgency, LegalTopic legalTopic, AdministrativeProblem administrativeProblem,
            String description, String outcomeSought, String clientName, Optional<Postcode> clientPostcode,
            Optional<CustomerNumber> customerNumber, Optional<Bescheid> bescheid, boolean confidentialityReleased,
            Optional<String> attorney, boolean healthData) {
    }

    /** The agreed clocks; the level clock is what the ladder watches. */
    public record Clocks(Optional<Instant> firstResponseDue, Optional<Instant> firstResponseAt,
            Optional<Instant> resolutionDue, Optional<Instant> levelDue) {

        static Clocks none() {
            return new Clocks(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** How it was settled. */
    public record Settlement(ReferralOutcome outcome, Optional<String> reason, Optional<RootCause> cause) {
    }

    private final ReferralId id;
    private final JobcenterId jobcenter;
    private final Reference reference;
    private final CentreId centre;
    private final StaffId openedBy;
    private final Content content;
    private final Instant createdAt;
    private Optional<SiteId> site;
    private ReferralStatus status;
    private EscalationLevel level;
    private Clocks clocks;
    private Optional<Settlement> settlement;
    private Instant updatedAt;
    private final int version;
    private final List<ReferralEntry> entries;
    private final List<ReferralEntry> added = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Referral(ReferralId id, JobcenterId jobcenter, Reference reference, CentreId centre, StaffId openedBy, Content content,
            Instant createdAt, Optional<SiteId> site, ReferralStatus status, EscalationLevel level, Clocks clocks,
            Optional<Settlement> settlement, Instant updatedAt, int version, List<ReferralEntry> entries) {
        this.id = id;
        this.jobcenter = jobcenter;
        this.reference = reference;
        this.centre = centre;
        this.openedBy = openedBy;
        this.content = content;
        this.createdAt = createdAt;
        this.site = site;
        this.status = status;
        this.level = level;
        this.clocks = clocks;
        this.settlement = settlement;
        this.updatedAt = updatedAt;
        this.version = version;
        this.entries = new ArrayList<>(entries);
    }

    /** A counsellor opens a referral; it waits for the client's consent and is not seen by the Jobcenter until then. */
    static Referral open(ReferralId id, JobcenterId jobcenter, Reference reference, CentreId centre, StaffId counsellor,
            Content content, Optional<SiteId> site, Instant now) {
        Referral referral = new Referral(id, jobcenter, reference, centre, counsellor, content, now, site,
                ReferralStatus.AWAITING_CONSENT, EscalationLevel.SITE, Clocks.none(), Optional.empty(), now, 0, List.of());
        referral.append(Type.OPENED, Audience.CENTRE, actor(counsellor), Optional.empty(), now);
        return referral;
    }

    /** The client consented: the referral reaches the site management and its clocks start. */
    void consentGiven(Instant now, ReferralClocks agreed) {
        open(now, agreed, Type.CONSENT_GIVEN, "client", Optional.empty());
    }

    /** The counsellor recorded the client's signed consent form (uploaded with it). */
    void consentSigned(String counsellor, String signedBy, Instant now, ReferralClocks agreed) {
        open(now, agreed, Type.CONSENT_SIGNED, counsellor, Optional.of(signedBy));
    }

    private void open(Instant now, ReferralClocks agreed, Type how, String actor, Optional<String> body) {
        require(status == ReferralStatus.AWAITING_CONSENT, "consent can be given only once, before the referral opens");
        status = ReferralStatus.OPEN;
        Instant firstResponse = agreed.firstResponseDue(now, content.urgency());
        clocks = new Clocks(Optional.of(firstResponse), Optional.empty(),
                Optional.of(agreed.resolutionDue(now, content.urgency())), Optional.of(firstResponse));
        append(how, Audience.SHARED, actor, body, now);
        events.add(new DirectLineEvents.ReferralOpened(id, reference, jobcenter, site, centre, content.urgency()));
    }

    /** The client withdrew consent: the referral ends at once, whatever its state. */
    void consentWithdrawn(Instant now) {
        consentWithdrawn("client", now);
    }

    /** The same, told to the counsellor (a client who signed on paper withdraws there). */
    void consentWithdrawn(String actor, Instant now) {
        require(status != ReferralStatus.CONSENT_WITHDRAWN && status != ReferralStatus.CONSENT_EXPIRED,
                "consent was withdrawn already");
        status = ReferralStatus.CONSENT_WITHDRAWN;
        clocks = new Clocks(clocks.firstResponseDue(), clocks.firstResponseAt(), clocks.resolutionDue(), Optional.empty());
        append(Type.CONSENT_WITHDRAWN, Audience.SHARED, actor, Optional.empty(), now);
        events.add(new DirectLineEvents.ConsentWithdrawn(id, reference, site, centre));
    }

    /** A message in the shared thread. The Jobcenter's first one is its first response. */
    void write(Side side, String actor, String text, Instant now) {
        require(status.running() || status == ReferralStatus.RESOLVED,
                status == ReferralStatus.AWAITING_CONSENT ? "the client has not consented yet" : "the referral has ended");
        if (side == Side.JOBCENTER) {
            if (clocks.firstResponseAt().isEmpty()) {
                // Answered: at the site level, what is owed now is the settlement.
                clocks = new Clocks(clocks.firstResponseDue(), Optional.of(now), clocks.resolutionDue(),
                        level == EscalationLevel.SITE ? clocks.resolutionDue() : clocks.levelDue());
            }
            if (status == ReferralStatus.OPEN) {
                status = ReferralStatus.ANSWERED;
            }
            append(Type.MESSAGE, Audience.SHARED, actor, Optional.of(text), now);
            events.add(new DirectLineEvents.JobcenterWrote(id, reference, centre));
        } else {
            if (status == ReferralStatus.ANSWERED) {
                status = ReferralStatus.OPEN; // the Jobcenter owes an answer again
            }
            append(Type.MESSAGE, Audience.SHARED, actor, Optional.of(text), now);
            events.add(new DirectLineEvents.CentreWrote(id, reference, site, level));
        }
    }

    /** The consent ran out: like a withdrawal, access ends for both sides. */
    void consentExpired(Instant now) {
        require(status.readable(), "the referral has ended");
        status = ReferralStatus.CONSENT_EXPIRED;
        clocks = new Clocks(clocks.firstResponseDue(), clocks.firstResponseAt(), clocks.resolutionDue(), Optional.empty());
        append(Type.CONSENT_EXPIRED, Audience.SHARED, "system", Optional.empty(), now);
        events.add(new DirectLineEvents.ConsentWithdrawn(id, reference, site, centre));
    }

    /**
     * A document added by one side; returns its place in the history. The centre may add documents to its draft
     * before the consent; the Jobcenter only to a case it works on.
     */
    int attach(Side side, String actor, String filename, Instant now) {
        require(status.readable(), "the referral has ended");
        require(side == Side.CENTRE || status != ReferralStatus.AWAITING_CONSENT, "the client has not consented yet");
        append(Type.DOCUMENT, Audience.SHARED, actor, Optional.of(filename), now);
        return entries.size();
    }

    /** A note only the writer's side sees. */
    void note(Side side, String actor, String text, Instant now) {
        require(status.readable(), "the referral has ended");
        append(Type.NOTE, side == Side.CENTRE ? Audience.CENTRE : Audience.JOBCENTER, actor, Optional.of(text), now);
    }

    /**
     * One level up the ladder, with a fresh clock: because the level's clock ran out ({@code automatic}), or because
     * the counsellor asks, with a reason (also after a settlement they cannot accept).
     */
    void escalate(String actor, String reason, boolean automatic, Instant now, ReferralClocks agreed) {
        require(status.running() || (status == ReferralStatus.RESOLVED && !automatic), "the referral has ended");
        EscalationLevel higher = level.next()
                .orElseThrow(() -> new IllegalReferralStep("the executive management is the last level"));
        require(reason != null && !reason.isBlank(), "an escalation needs a reason");
        level = higher;
        if (status == ReferralStatus.RESOLVED) {
            settlement = Optional.empty(); // reopened at the higher level
        }
        status = ReferralStatus.OPEN;
        clocks = new Clocks(clocks.firstResponseDue(), clocks.firstResponseAt(), clocks.resolutionDue(),
                Optional.of(agreed.levelDue(now, content.urgency())));
        append(Type.ESCALATED, Audience.SHARED, actor, Optional.of(reason.strip()), now);
        events.add(new DirectLineEvents.ReferralEscalated(id, reference, jobcenter, site, centre, level, automatic));
    }

    /** The executive management's clock ran out: reported once, then no level clock is left to watch. */
    void overdueAtTop(Instant now) {
        require(level == EscalationLevel.EXECUTIVE && status.running(), "only a running referral at the top can be overdue there");
        clocks = new Clocks(clocks.firstResponseDue(), clocks.firstResponseAt(), clocks.resolutionDue(), Optional.empty());
        events.add(new DirectLineEvents.ReferralOverdueAtTop(id, reference, jobcenter, centre));
    }

    /** The site management hands the referral to the site really in charge, saying why. */
    void reroute(String actor, SiteId to, String reason, Instant now) {
        require(status.running(), "only a running referral can be re-routed");
        require(level == EscalationLevel.SITE, "only the site management re-routes, before any escalation");
        require(site.filter(to::equals).isEmpty(), "the referral is at that site already");
        require(reason != null && !reason.isBlank(), "re-routing needs a reason");
        Optional<SiteId> from = site;
        site = Optional.of(to);
        append(Type.REROUTED, Audience.SHARED, actor, Optional.of(reason.strip()), now);
        events.add(new DirectLineEvents.ReferralRerouted(id, reference, from, to));
    }

    /** Settled, with the outcome, the reasons where it is not a full remedy, and the root cause. */
    void resolve(String actor, ReferralOutcome outcome, Optional<String> reason, Optional<RootCause> cause, Instant now) {
        require(status.running(), "only a running referral can be settled");
        Optional<String> given = reason.map(String::strip).filter(text -> !text.isEmpty());
        require(!outcome.needsReason() || given.isPresent(), "this outcome needs reasons");
        status = ReferralStatus.RESOLVED;
        settlement = Optional.of(new Settlement(outcome, given, cause));
        clocks = new Clocks(clocks.firstResponseDue(), clocks.firstResponseAt().or(() -> Optional.of(now)),
                clocks.resolutionDue(), Optional.empty());
        append(Type.RESOLVED, Audience.SHARED, actor, given, now);
        events.add(new DirectLineEvents.ReferralResolved(id, reference, jobcenter, site, centre, outcome, cause,
                content.legalTopic(), content.administrativeProblem(), level));
    }

    /** Whether the level's clock ran out at this moment. */
    boolean levelOverdue(Instant now) {
        return status.running() && clocks.levelDue().filter(now::isAfter).isPresent();
    }

    private void append(Type type, Audience audience, String actor, Optional<String> body, Instant now) {
        int position = entries.size() + 1;
        ReferralEntry entry = new ReferralEntry(position, type, audience, actor, body, now);
        entries.add(entry);
        added.add(entry);
        updatedAt = now;
    }

    private static void require(boolean condition, String why) {
        if (!condition) {
            throw new IllegalReferralStep(why);
        }
    }

    static String actor(StaffId staff) {
        return "staff:" + staff.value();
    }

    List<ReferralEntry> addedEntries() {
        return List.copyOf(added);
    }

    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        added.clear();
        return released;
    }

    public ReferralId id() {
        return id;
    }

    public JobcenterId jobcenter() {
        return jobcenter;
    }

    public Reference reference() {
        return reference;
    }

    public CentreId centre() {
        return centre;
    }

    public StaffId openedBy() {
        return openedBy;
    }

    public Content content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<SiteId> site() {
        return site;
    }

    public ReferralStatus status() {
        return status;
    }

    public EscalationLevel level() {
        return level;
    }

    public Clocks clocks() {
        return clocks;
    }

    public Optional<Settlement> settlement() {
        return settlement;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    public List<ReferralEntry> entries() {
        return List.copyOf(entries);
    }

    /** The history as one side may read it. */
    public List<ReferralEntry> entriesFor(Side side) {
        return entries.stream().filter(entry -> entry.visibleTo(side)).toList();
    }
}

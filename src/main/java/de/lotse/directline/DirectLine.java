package de.lotse.directline;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.Reference;
import de.lotse.directline.ReferralEntry.Side;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.SiteRouting;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * The direct line's rules of access and work, checked here in the service layer for every call:
 * <ul>
 * <li>a counsellor sees only referrals of their own, approved centre — before the client's consent (their draft) and
 * while it is valid; after a withdrawal or expiry, not at all;</li>
 * <li>at the Jobcenter, site and area managers see the referrals of their sites, the executive management those that
 * climbed to it — only under a valid consent;</li>
 * <li>everyone else, and every other case, gets {@link ReferralNotFound}; every read is written to the access log.</li>
 * </ul>
 */
@Service
public class DirectLine {

    /** The consent text's version; the page shows the text of this version and the consent records it. */
    public static final String CONSENT_TEXT_VERSION = "2026-11";

    /** A referral as one reader may see it, with the consent link while the client has not used it. */
    public record ReferralView(Referral referral, Side side, List<ReferralEntry> entries, Optional<String> consentSecret,
            Optional<ReferralConsent> consent, CounsellingCentre centre, Optional<Site> site,
            List<ReferralDocument> documents) {

        /** The document added at a place in the history, for its download link. */
        public Optional<ReferralDocument> documentAt(int position) {
            return documents.stream().filter(document -> document.position() == position).findFirst();
        }
    }

    /** A document's content, to hand out. */
    public record DocumentContent(String filename, String contentType, byte[] content) {
    }

    private static final String LOOK_PREFIX = "direct line: ";

    /** One look at the case, as the client is told of it: when, and who by role (never by name). */
    public record Look(Instant at, StaffRole role) {
    }

    /** What the consent page shows the client. */
    public record ConsentView(Reference reference, String clientName, String centreName, Optional<String> siteName,
            ReferralStatus status, Optional<Instant> givenAt, Optional<Instant> expiresAt, Optional<Instant> withdrawnAt,
            boolean healthData, Optional<String> attorney, List<Look> looks, boolean expired) {

        public boolean open() {
            return givenAt.isEmpty() && withdrawnAt.isEmpty() && status == ReferralStatus.AWAITING_CONSENT;
        }

        public boolean withdrawable() {
            return givenAt.isPresent() && withdrawnAt.isEmpty() && !expired;
        }
    }

    private final Referrals referrals;
    private final Consents consents;
    private final ConsentLinks links;
    private final ReferralValidation validation;
    private final ReferralClocks clocks;
    private final CounsellingCentres centres;
    private final de.lotse.organisation.PartnerTeam partnerTeam;
    private final Sites sites;
    private final SiteRouting routing;
    private final CurrentJobcenter jobcenter;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration consentValidity;
    private final SecureRandom random = new SecureRandom();
    private final ReferralDocuments documents;
    private final de.lotse.organisation.StaffMembers staffMembers;
    private final long maxDocumentSize;

    DirectLine(Referrals referrals, Consents consents, ConsentLinks links, ReferralValidation validation,
            ReferralClocks clocks, CounsellingCentres centres, de.lotse.organisation.PartnerTeam partnerTeam, Sites sites,
            SiteRouting routing,
            CurrentJobcenter jobcenter, AccessLog accessLog, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock,
            @Value("${lotse.directline.consent-validity:180d}") Duration consentValidity, ReferralDocuments documents,
            @Value("${lotse.channels.attachments.max-size:10485760}") long maxDocumentSize,
            de.lotse.organisation.StaffMembers staffMembers) {
        this.staffMembers = staffMembers;
        this.documents = documents;
        this.maxDocumentSize = maxDocumentSize;
        this.referrals = referrals;
        this.consents = consents;
        this.links = links;
        this.validation = validation;
        this.clocks = clocks;
        this.centres = centres;
        this.partnerTeam = partnerTeam;
        this.sites = sites;
        this.routing = routing;
        this.jobcenter = jobcenter;
        this.accessLog = accessLog;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.consentValidity = consentValidity;
    }

    // ---- the counselling centre's side

    /**
     * The counsellor's own, approved centre; anyone else has no business on the partner side. The account is read
     * afresh, so that a counsellor removed from the team is stopped even in a session opened before.
     */
    public CounsellingCentre centreOf(StaffMember counsellor) {
        if (!counsellor.role().seesReferrals()) {
            throw new ReferralNotFound();
        }
        try {
            return java.util.Optional.of(partnerTeam.centreOf(counsellor)).filter(CounsellingCentre::approved)
                    .orElseThrow(ReferralNotFound::new);
        } catch (de.lotse.organisation.NotAllowed removed) {
            throw new ReferralNotFound();
        }
    }

    public List<ReferralRow> ofCentre(StaffMember counsellor) {
        return referrals.ofCentre(centreOf(counsellor).id(), 200);
    }

    /** Opens a referral for a client; it reaches the Jobcenter once the client consents through the link. */
    public Reference open(StaffMember counsellor, ReferralDraft draft) {
        CounsellingCentre centre = centreOf(counsellor);
        Referral.Content content = validation.check(draft);
        Instant now = clock.instant();
        Optional<SiteId> site = routing.siteFor(centre.jobcenter(), content.clientPostcode(), false).map(Site::id);
        Referral referral = Referral.open(new ReferralId(java.util.UUID.randomUUID()), centre.jobcenter(),
                Reference.next("KL", now.atZone(HamburgCalendar.ZONE).getYear(), random), centre.id(), counsellor.id(),
                content, site, now);
        transactions.executeWithoutResult(status -> {
            referrals.insert(referral);
            consents.ask(referral.id(), ConsentLinks.hash(links.secretFor(referral.id())), CONSENT_TEXT_VERSION, now);
            referral.releaseEvents().forEach(events::publishEvent);
        });
        return referral.reference();
    }

    public ReferralView forCentre(StaffMember counsellor, String reference) {
        // The read and its record in the access log are one transaction: no read goes unlogged.
        return transactions.execute(status -> {
            Referral referral = readableByCentre(counsellor, reference);
            logRead(referral, counsellor, "referral");
            Optional<ReferralConsent> consent = consents.of(referral.id());
            Optional<String> secret = referral.status() == ReferralStatus.AWAITING_CONSENT
                    ? Optional.of(links.secretFor(referral.id())) : Optional.empty();
            return view(referral, Side.CENTRE, secret, consent);
        });
    }

    public void writeAsCentre(StaffMember counsellor, String reference, int version, String text) {
        change(readableByCentre(counsellor, reference), version,
                referral -> referral.write(Side.CENTRE, actor(counsellor), message(text), clock.instant()));
    }

    public void noteAsCentre(StaffMember counsellor, String reference, int version, String text) {
        change(readableByCentre(counsellor, reference), version,
                referral -> referral.note(Side.CENTRE, actor(counsellor), message(text), clock.instant()));
    }

    /** The counsellor takes the case a level up, with a reason (also after a settlement they cannot accept). */
    public void escalateAsCentre(StaffMember counsellor, String reference, int version, String reason) {
        change(readableByCentre(counsellor, reference), version,
                referral -> referral.escalate(actor(counsellor), message(reason), false, clock.instant(), clocks));
    }

    private Referral readableByCentre(StaffMember counsellor, String reference) {
        CounsellingCentre centre = centreOf(counsellor);
        Referral referral = Reference.parse(reference).flatMap(referrals::byReference)
                .filter(found -> found.centre().equals(centre.id()))
                .orElseThrow(ReferralNotFound::new);
        if (!referral.status().readable()
                || (referral.status() != ReferralStatus.AWAITING_CONSENT && !consentValid(referral))) {
            throw new ReferralNotFound(); // withdrawn or expired: access ends at once
        }
        return referral;
    }

    // ---- the client's side

    public ConsentView consent(String secret) {
        return transactions.execute(status -> consentView(secret));
    }

    private ConsentView consentView(String secret) {
        ReferralConsent consent = consentBySecret(secret);
        Referral referral = referrals.byId(consent.referral()).orElseThrow(ReferralNotFound::new);
        CounsellingCentre centre = centres.byId(referral.centre()).orElseThrow(ReferralNotFound::new);
        accessLog.record(new PersonalDataRead("referral", referral.id().value(), "client:consent-link",
                "direct line: consent page", clock.instant()));
        return new ConsentView(referral.reference(), referral.content().clientName(), centre.name(),
                referral.site().flatMap(sites::byId).map(Site::name), referral.status(), consent.givenAt(),
                consent.expiresAt(), consent.withdrawnAt(), referral.content().healthData(), referral.content().attorney(),
                looksAt(referral), consent.givenAt().isPresent() && consent.withdrawnAt().isEmpty()
                        && !consent.validAt(clock.instant()));
    }

    /** The client consents by confirming their name; the referral opens and reaches the site management. */
    public void give(String secret, String typedName, boolean confirmed) {
        ReferralConsent consent = consentBySecret(secret);
        String name = typedName == null ? "" : typedName.strip();
        if (!confirmed || name.isEmpty() || name.length() > ReferralValidation.MAX_SHORT) {
            throw new de.lotse.concerns.InvalidDraft(List.of(de.lotse.concerns.FieldProblem.of("givenBy",
                    "consent.error.confirm")));
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Referral referral = referrals.byIdLocked(consent.referral()).orElseThrow(ReferralNotFound::new);
            if (centres.byId(referral.centre()).filter(CounsellingCentre::approved).isEmpty()) {
                throw new ReferralNotFound(); // a centre no longer approved cannot pass anything on
            }
            if (!sameName(name, referral.content().clientName())) {
                throw new de.lotse.concerns.InvalidDraft(List.of(de.lotse.concerns.FieldProblem.of("givenBy",
                        "consent.error.name")));
            }
            if (!consents.give(referral.id(), name, now, now.plus(consentValidity))) {
                return; // given already (a double click): nothing more to do
            }
            referral.consentGiven(now, clocks);
            store(referral);
        });
    }

    /**
     * Whether the name typed on the consent page is the client's, as the counsellor wrote it: every part of the
     * counsellor's spelling appears, in any order and case ("Kovalenko, Olena" is "Olena Kovalenko").
     */
    static boolean sameName(String typed, String client) {
        java.util.function.Function<String, java.util.Set<String>> parts = name -> java.util.Arrays
                .stream(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                        .toLowerCase(java.util.Locale.ROOT).split("[\\s,.;-]+"))
                .filter(part -> !part.isBlank()).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> given = parts.apply(typed);
        return !given.isEmpty() && given.containsAll(parts.apply(client));
    }

    /** The client withdraws; access ends at once for the centre and the Jobcenter. */
    public void withdraw(String secret) {
        ReferralConsent consent = consentBySecret(secret);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            // Locked, so that no concurrent step can make the withdrawal fail: it must always succeed.
            Referral referral = referrals.byIdLocked(consent.referral()).orElseThrow(ReferralNotFound::new);
            if (!consents.withdraw(referral.id(), now) || !referral.status().readable()) {
                return; // withdrawn (or run out) already
            }
            referral.consentWithdrawn(now);
            store(referral);
        });
    }

    /** Who looked at the case, by role, newest first; the client's own looks through the link are left out. */
    private List<Look> looksAt(Referral referral) {
        return accessLog.readsOf("referral", referral.id().value()).stream()
                .filter(read -> read.purpose().startsWith(LOOK_PREFIX))
                .map(read -> {
                    String role = read.purpose().substring(LOOK_PREFIX.length()).split(",")[0].strip();
                    try {
                        return Optional.of(new Look(read.at(), StaffRole.valueOf(role)));
                    } catch (IllegalArgumentException older) {
                        return Optional.<Look>empty();
                    }
                })
                .flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Look::at).reversed())
                .toList();
    }

    private ReferralConsent consentBySecret(String secret) {
        if (!ConsentLinks.wellFormed(secret)) {
            throw new ReferralNotFound();
        }
        return consents.byTokenHash(ConsentLinks.hash(secret)).orElseThrow(ReferralNotFound::new);
    }

    // ---- the Jobcenter's side

    private static final Set<StaffRole> JOBCENTER_ROLES = Set.of(StaffRole.SITE_MANAGER, StaffRole.AREA_MANAGER,
            StaffRole.EXECUTIVE_MANAGER);

    /** Whether this staff member works on the direct line at all. */
    public boolean servesDirectLine(StaffMember staff) {
        return JOBCENTER_ROLES.contains(staff.role());
    }

    /** The referrals this manager answers for: site and area managers their sites', the executive the top level's. */
    public List<ReferralRow> forJobcenter(StaffMember session, boolean settledToo) {
        StaffMember staff = current(session).orElse(null);
        if (staff == null) {
            return List.of();
        }
        if (staff.role() == StaffRole.EXECUTIVE_MANAGER) {
            return referrals.atTop(staff.jobcenter(), settledToo, 200);
        }
        if (!servesDirectLine(staff)) {
            return List.of();
        }
        return referrals.atSites(staff.sites(), Set.of(EscalationLevel.values()), settledToo, 200);
    }

    public ReferralView forJobcenter(StaffMember staff, String reference) {
        return transactions.execute(status -> {
            Referral referral = readableByJobcenter(staff, reference);
            logRead(referral, staff, "referral");
            return view(referral, Side.JOBCENTER, Optional.empty(), consents.of(referral.id()));
        });
    }

    public void writeAsJobcenter(StaffMember staff, String reference, int version, String text) {
        change(readableByJobcenter(staff, reference), version,
                referral -> referral.write(Side.JOBCENTER, actor(staff), message(text), clock.instant()));
    }

    public void noteAsJobcenter(StaffMember staff, String reference, int version, String text) {
        change(readableByJobcenter(staff, reference), version,
                referral -> referral.note(Side.JOBCENTER, actor(staff), message(text), clock.instant()));
    }

    public void reroute(StaffMember staff, String reference, int version, SiteId to, String reason) {
        Referral referral = actingAt(staff, reference);
        Site target = sites.byId(to).filter(site -> site.jobcenterId().equals(referral.jobcenter()))
                .orElseThrow(() -> new IllegalReferralStep("no such site"));
        change(referral, version, found -> found.reroute(actor(staff), target.id(), message(reason), clock.instant()));
    }

    public void resolve(StaffMember staff, String reference, int version, ReferralOutcome outcome, String reason,
            Optional<RootCause> cause) {
        Optional<String> reasons = Optional.ofNullable(reason).filter(text -> !text.isBlank()).map(DirectLine::message);
        change(actingAt(staff, reference), version, referral -> referral.resolve(actor(staff), outcome, reasons, cause,
                clock.instant()));
    }

    /** The sites a referral may be handed to. */
    public List<Site> sitesOf(StaffMember staff) {
        return sites.of(staff.jobcenter());
    }

    /** The staff member as the accounts table has them now: a session must not outlive a removal or a move. */
    private Optional<StaffMember> current(StaffMember session) {
        return staffMembers.activeById(session.id());
    }

    /**
     * A referral the staff member may settle or re-route: the management of the level it is at (site management at
     * the site level, area management at the area level, executive management at the top). Others may read and
     * write in the thread, but not decide over the head of the level in charge.
     */
    private Referral actingAt(StaffMember session, String reference) {
        Referral referral = readableByJobcenter(session, reference);
        StaffRole role = current(session).map(StaffMember::role).orElseThrow(ReferralNotFound::new);
        StaffRole inCharge = switch (referral.level()) {
            case SITE -> StaffRole.SITE_MANAGER;
            case AREA -> StaffRole.AREA_MANAGER;
            case EXECUTIVE -> StaffRole.EXECUTIVE_MANAGER;
        };
        if (role != inCharge) {
            throw new IllegalReferralStep("the " + referral.level() + " level decides this referral");
        }
        return referral;
    }

    /** Whether this staff member decides the referral at its current level (for the page's forms). */
    public boolean decides(StaffMember session, Referral referral) {
        StaffRole role = current(session).map(StaffMember::role).orElse(null);
        return switch (referral.level()) {
            case SITE -> role == StaffRole.SITE_MANAGER;
            case AREA -> role == StaffRole.AREA_MANAGER;
            case EXECUTIVE -> role == StaffRole.EXECUTIVE_MANAGER;
        };
    }

    private Referral readableByJobcenter(StaffMember session, String reference) {
        StaffMember staff = current(session).orElseThrow(ReferralNotFound::new);
        Referral referral = Reference.parse(reference).flatMap(referrals::byReference)
                .filter(found -> found.jobcenter().equals(staff.jobcenter()))
                .filter(found -> mayServe(staff, found))
                .filter(found -> found.status() != ReferralStatus.AWAITING_CONSENT && found.status().readable())
                .orElseThrow(ReferralNotFound::new);
        if (!consentValid(referral)) {
            throw new ReferralNotFound();
        }
        return referral;
    }

    private static boolean mayServe(StaffMember staff, Referral referral) {
        return switch (staff.role()) {
            case EXECUTIVE_MANAGER -> referral.level() == EscalationLevel.EXECUTIVE;
            case SITE_MANAGER, AREA_MANAGER -> referral.site().filter(staff.sites()::contains).isPresent();
            default -> false;
        };
    }

    // ---- the ladder

    /** Takes every referral whose level clock ran out one level up (or reports it at the top); returns how many. */
    int climb(Instant now) {
        int climbed = 0;
        for (ReferralId id : referrals.levelOverdue(now, 100)) {
            // Locked: a counsellor escalating at the same moment waits instead of making this step fail.
            Boolean moved = transactions.execute(status -> referrals.byIdLocked(id).filter(referral -> referral.levelOverdue(now))
                    .map(referral -> {
                        if (referral.level().next().isPresent()) {
                            referral.escalate("system", "Frist der Ebene " + referral.level() + " überschritten", true, now,
                                    clocks);
                        } else {
                            referral.overdueAtTop(now);
                        }
                        store(referral);
                        return true;
                    }).orElse(false));
            climbed += Boolean.TRUE.equals(moved) ? 1 : 0;
        }
        return climbed;
    }

    // ---- shared

    private boolean consentValid(Referral referral) {
        return consents.of(referral.id()).filter(consent -> consent.validAt(clock.instant())).isPresent();
    }

    private ReferralView view(Referral referral, Side side, Optional<String> secret, Optional<ReferralConsent> consent) {
        CounsellingCentre centre = centres.byId(referral.centre()).orElseThrow(ReferralNotFound::new);
        return new ReferralView(referral, side, referral.entriesFor(side), secret, consent, centre,
                referral.site().flatMap(sites::byId), documents.of(referral.id()));
    }

    // ---- documents

    /**
     * Records the client's signed consent form, the other way to consent: the form is kept with the referral (both
     * sides see it) and the referral opens as with the link.
     */
    public void recordSignedConsent(StaffMember counsellor, String reference, int version, String signedBy, Upload form) {
        Referral referral = readableByCentre(counsellor, reference);
        String name = signedBy == null ? "" : signedBy.strip();
        List<de.lotse.concerns.FieldProblem> problems = new java.util.ArrayList<>();
        if (name.isEmpty() || name.length() > ReferralValidation.MAX_SHORT) {
            problems.add(de.lotse.concerns.FieldProblem.of("signedBy", "partner.referral.error.required"));
        }
        Optional<String> type = checked(form, "consentForm", problems);
        if (!problems.isEmpty()) {
            throw new de.lotse.concerns.InvalidDraft(problems);
        }
        Instant now = clock.instant();
        change(referral, version, found -> {
            if (!consents.giveSigned(found.id(), name, now, now.plus(consentValidity))) {
                throw new IllegalReferralStep("consent was given or withdrawn already");
            }
            int position = found.attach(Side.CENTRE, actor(counsellor), safeName(form), now);
            documents.store(found.id(), position, ReferralDocument.Purpose.CONSENT_FORM, safeName(form), type.get(),
                    form.content(), now);
            found.consentSigned(actor(counsellor), name, now, clocks);
        });
    }

    /**
     * The client told the centre they withdraw (someone who consented on paper has no link). Whatever happened on the
     * case meanwhile, the withdrawal goes through: no version is compared.
     */
    public void recordWithdrawal(StaffMember counsellor, String reference) {
        Referral read = readableByCentre(counsellor, reference);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Referral referral = referrals.byIdLocked(read.id()).orElseThrow(ReferralNotFound::new);
            if (!consents.withdraw(referral.id(), now) || !referral.status().readable()) {
                return;
            }
            referral.consentWithdrawn(actor(counsellor), now);
            store(referral);
        });
    }

    /** Ends every referral whose consent ran out, like a withdrawal; returns how many. */
    int expire(Instant now) {
        int expired = 0;
        for (ReferralId id : referrals.consentExpired(now, 100)) {
            Boolean ended = transactions.execute(status -> referrals.byIdLocked(id)
                    .filter(referral -> referral.status().readable()).map(referral -> {
                        referral.consentExpired(now);
                        store(referral);
                        return true;
                    }).orElse(false));
            expired += Boolean.TRUE.equals(ended) ? 1 : 0;
        }
        return expired;
    }

    public void attachAsCentre(StaffMember counsellor, String reference, int version, Upload file) {
        attach(readableByCentre(counsellor, reference), Side.CENTRE, actor(counsellor), version, file);
    }

    public void attachAsJobcenter(StaffMember staff, String reference, int version, Upload file) {
        attach(readableByJobcenter(staff, reference), Side.JOBCENTER, actor(staff), version, file);
    }

    public DocumentContent documentForCentre(StaffMember counsellor, String reference, java.util.UUID document) {
        return transactions.execute(status -> {
            Referral referral = readableByCentre(counsellor, reference);
            logRead(referral, counsellor, "document");
            return content(referral, document);
        });
    }

    public DocumentContent documentForJobcenter(StaffMember staff, String reference, java.util.UUID document) {
        return transactions.execute(status -> {
            Referral referral = readableByJobcenter(staff, reference);
            logRead(referral, staff, "document");
            return content(referral, document);
        });
    }

    private DocumentContent content(Referral referral, java.util.UUID id) {
        ReferralDocument document = documents.of(referral.id()).stream().filter(found -> found.id().equals(id))
                .findFirst().orElseThrow(ReferralNotFound::new);
        return new DocumentContent(document.filename(), document.contentType(),
                documents.content(referral.id(), id).orElseThrow(ReferralNotFound::new));
    }

    /** Enough for the papers of any one case; it keeps the database from filling with one case's files. */
    static final int MAX_DOCUMENTS = 30;

    private void attach(Referral referral, Side side, String actor, int version, Upload file) {
        List<de.lotse.concerns.FieldProblem> problems = new java.util.ArrayList<>();
        Optional<String> type = checked(file, "file", problems);
        if (documents.of(referral.id()).size() >= MAX_DOCUMENTS) {
            problems.add(de.lotse.concerns.FieldProblem.of("file", "partner.document.error.tooMany", MAX_DOCUMENTS));
        }
        if (!problems.isEmpty()) {
            throw new de.lotse.concerns.InvalidDraft(problems);
        }
        Instant now = clock.instant();
        change(referral, version, found -> {
            int position = found.attach(side, actor, safeName(file), now);
            documents.store(found.id(), position, ReferralDocument.Purpose.EVIDENCE, safeName(file), type.get(),
                    file.content(), now);
        });
    }

    /** The file's type by its content (PDF and images only), or a problem for the field. */
    private Optional<String> checked(Upload file, String field, List<de.lotse.concerns.FieldProblem> problems) {
        if (file == null || file.content() == null || file.content().length == 0) {
            problems.add(de.lotse.concerns.FieldProblem.of(field, "partner.document.error.missing"));
            return Optional.empty();
        }
        if (file.content().length > maxDocumentSize) {
            problems.add(de.lotse.concerns.FieldProblem.of(field, "partner.document.error.tooBig",
                    maxDocumentSize / (1024 * 1024)));
            return Optional.empty();
        }
        Optional<String> type = de.lotse.channels.Attachments.sniff(file.content())
                .filter(sniffed -> sniffed.equals("application/pdf") || sniffed.startsWith("image/"));
        if (type.isEmpty()) {
            problems.add(de.lotse.concerns.FieldProblem.of(field, "partner.document.error.type"));
        }
        return type;
    }

    private static String safeName(Upload file) {
        return de.lotse.channels.Attachments.safeName(file.filename() == null ? "" : file.filename());
    }

    private void change(Referral read, int version, Consumer<Referral> step) {
        if (read.version() != version) {
            throw new ReferralChanged();
        }
        transactions.executeWithoutResult(status -> {
            step.accept(read);
            store(read);
        });
    }

    private void store(Referral referral) {
        if (!referrals.update(referral)) {
            throw new ReferralChanged();
        }
        referral.releaseEvents().forEach(events::publishEvent);
    }

    /** Records a read as "direct line: ROLE, what", so the client can be told who (by role) looked, and when. */
    private void logRead(Referral referral, StaffMember reader, String what) {
        accessLog.record(new PersonalDataRead("referral", referral.id().value(), actor(reader),
                LOOK_PREFIX + reader.role().name() + ", " + what, clock.instant()));
    }

    private static String actor(StaffMember member) {
        return "staff:" + member.id().value();
    }

    private static String message(String typed) {
        String clean = typed == null ? "" : de.lotse.concerns.CitizenText.clean(typed).strip();
        if (clean.isEmpty()) {
            throw new de.lotse.concerns.InvalidDraft(List.of(de.lotse.concerns.FieldProblem.of("text",
                    "partner.referral.error.required")));
        }
        if (de.lotse.concerns.CitizenText.length(clean) > ReferralValidation.MAX_TEXT) {
            throw new de.lotse.concerns.InvalidDraft(List.of(de.lotse.concerns.FieldProblem.of("text",
                    "partner.referral.error.tooLong", de.lotse.concerns.CitizenText.length(clean),
                    ReferralValidation.MAX_TEXT)));
        }
        return clean;
    }
}

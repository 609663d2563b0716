package de.lotse.concerns;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Jobcenter;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.SiteRouting;

/**
 * Takes a concern from a citizen, on any channel, exactly once.
 *
 * <p>Every submission carries an idempotency key (the web form holds one; API clients send {@code Idempotency-Key}).
 * A second arrival of the same key, after a reload, a double click or a client's retry, returns the first receipt
 * instead of creating a second concern; the unique index on the key's hash decides a race between two arrivals.
 */
@Service
public class ConcernIntake {

    private static final Logger log = LoggerFactory.getLogger(ConcernIntake.class);
    /** At least 16 characters, so that two clients' keys do not meet by chance; a UUID is the usual choice. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{16,255}");
    private static final int REFERENCE_ATTEMPTS = 8;

    private final IntakeValidation validation;
    private final Concerns concerns;
    private final StatusLinks statusLinks;
    private final SiteRouting routing;
    private final CurrentJobcenter currentJobcenter;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ServiceLevels serviceLevels;
    private final CallbackSlots callbackSlots;
    private final RandomGenerator random = new SecureRandom();

    ConcernIntake(IntakeValidation validation, Concerns concerns, StatusLinks statusLinks, SiteRouting routing,
            CurrentJobcenter currentJobcenter, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock, ServiceLevels serviceLevels, CallbackSlots callbackSlots) {
        this.callbackSlots = callbackSlots;
        this.validation = validation;
        this.concerns = concerns;
        this.statusLinks = statusLinks;
        this.routing = routing;
        this.currentJobcenter = currentJobcenter;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.serviceLevels = serviceLevels;
    }

    /**
     * @param idempotencyKey the client's key for this submission; when empty, the submission is not deduplicated
     * @throws InvalidDraft when the draft has mistakes (nothing is stored)
     * @throws IdempotencyKeyReused when the key was used before for different content
     */
    public Receipt submit(ConcernDraft draft, Optional<String> idempotencyKey) {
        String key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty()).orElseGet(() -> UUID.randomUUID().toString());
        NewConcern content = checked(draft, key);
        Optional<CallbackSlots.Slot> slot = chosenSlot(draft, content);
        byte[] keyHash = StatusLinks.sha256("concern-idempotency:" + key);
        byte[] fingerprint = fingerprint(content);

        for (int attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
            Optional<Receipt> earlier = concerns.byIdempotencyKeyHash(keyHash).map(concern -> repeated(concern, fingerprint));
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return create(content, keyHash, fingerprint, slot);
            } catch (DuplicateKeyException collision) {
                // Either a parallel arrival of the same key (found on the next loop) or a reference taken already.
                log.debug("Intake collision on attempt {}: {}", attempt, collision.getMostSpecificCause().getMessage());
            }
        }
        throw new IllegalStateException("Could not find a free reference after " + REFERENCE_ATTEMPTS + " attempts");
    }

    /** Reports a bad key together with the draft's own problems, so a client fixes everything in one go. */
    private NewConcern checked(ConcernDraft draft, String key) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isValidKey(key)) {
            problems.add(FieldProblem.of("idempotencyKey", "intake.error.idempotencyKey.format"));
        }
        try {
            NewConcern content = validation.check(draft);
            if (problems.isEmpty()) {
                return content;
            }
        } catch (InvalidDraft invalid) {
            problems.addAll(invalid.problems());
        }
        throw new InvalidDraft(problems);
    }

    /** The callback window a callback request chose, if it chose one of those offered. */
    private Optional<CallbackSlots.Slot> chosenSlot(ConcernDraft draft, NewConcern content) {
        if (content.kind() != ConcernKind.CALLBACK_REQUEST || draft.callbackSlot() == null || draft.callbackSlot().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(callbackSlots.offered(draft.callbackSlot(), clock.instant()).orElseThrow(() -> new InvalidDraft(
                List.of(FieldProblem.of("callbackSlot", "intake.error.callbackSlot.gone")))));
    }

    public static boolean isValidKey(String idempotencyKey) {
        return idempotencyKey != null && IDEMPOTENCY_KEY.matcher(idempotencyKey).matches();
    }

    /**
     * A canonical form of the content, field by field, to recognise the same submission again. Written out rather than
     * taken from toString(), which may change (e.g. to hide personal data) and would then break every replay.
     */
    private static byte[] fingerprint(NewConcern content) {
        String canonical = String.join("\u001F", content.kind().name(), content.legalTopic().name(),
                content.administrativeProblem().name(), content.urgency().name(), content.description(),
                content.noticeDate().map(Object::toString).orElse(""),
                content.customerNumber().map(CustomerNumber::value).orElse(""), content.name().orElse(""),
                content.postcode().map(Postcode::value).orElse(""), String.valueOf(content.withoutFixedAddress()),
                content.contact().channel().name(), content.contact().email().orElse(""),
                content.contact().phone().orElse(""), content.preferredLanguage().code());
        return StatusLinks.sha256(canonical);
    }

    private Receipt create(NewConcern content, byte[] keyHash, byte[] fingerprint, Optional<CallbackSlots.Slot> slot) {
        Jobcenter jobcenter = currentJobcenter.get();
        Instant now = clock.instant();
        int year = now.atZone(IntakeValidation.HAMBURG).getYear();
        Reference reference = Reference.next(jobcenter.referencePrefix(), year, random);
        Optional<SiteId> site = routing.siteFor(jobcenter.id(), content.postcode(), content.withoutFixedAddress())
                .map(Site::id);
        StatusLinks.Issued link = statusLinks.issue();
        List<ServiceClock> clocks = new ArrayList<>(
                serviceLevels.scheduleFor(jobcenter.id()).clocksFor(content.kind(), content.urgency(), now));
        // A chosen window is the callback promise: due at its end, instead of the usual working days.
        slot.ifPresent(chosen -> clocks.replaceAll(clock -> clock.level() == ServiceLevel.CALLBACK
                ? ServiceClock.start(ServiceLevel.CALLBACK, now, chosen.endInstant()) : clock));
        Concern concern = Concern.receive(jobcenter.id(), reference, content, site,
                new IntakeKeys(link.salt(), link.hash(), keyHash, fingerprint), clocks, now);
        transactions.executeWithoutResult(status -> {
            concerns.insert(concern);
            if (slot.isPresent() && site.isPresent() && !callbackSlots.book(site.get(), slot.get(), concern.id())) {
                throw new InvalidDraft(List.of(FieldProblem.of("callbackSlot", "intake.error.callbackSlot.full")));
            }
            concern.releaseEvents().forEach(events::publishEvent);
            if (content.kind() == ConcernKind.CALLBACK_REQUEST) {
                clocks.stream().filter(clock -> clock.level() == ServiceLevel.CALLBACK).findFirst()
                        .ifPresent(callback -> events.publishEvent(new ConcernEvents.CallbackRequested(concern.id(),
                                reference, slot.map(CallbackSlots.Slot::startInstant), callback.dueAt())));
            }
        });
        log.info("Concern {} received ({}, {}, site {})", reference, content.kind(), content.urgency(),
                site.map(id -> id.value().toString()).orElse("unrouted"));
        return new Receipt(reference, link.secret(), false);
    }

    private Receipt repeated(Concern concern, byte[] fingerprint) {
        if (!Arrays.equals(concern.keys().requestFingerprint(), fingerprint)) {
            throw new IdempotencyKeyReused(concern.reference());
        }
        return new Receipt(concern.reference(), statusLinks.derive(concern.keys().statusLinkSalt()), true);
    }

}

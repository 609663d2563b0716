package de.lotse.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo counselling centres for the embedded default, plainly fictional: two approved ones with an administrator and a
 * counsellor each (the first also with a directory editor, who keeps its sample entry in the directory), and one that
 * applied and waits for the demo administrator's approval. Only adds what is missing;
 * the logins' first passwords are printed and kept like the demo staff's.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class HamburgDemoPartners implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HamburgDemoPartners.class);

    private record DemoAccount(String login, String name, StaffRole role) {
    }

    private record DemoCentre(String name, String provider, CounsellingCentre.Kind kind, String email, String phone,
            String address, CounsellingCentre.Status status, List<DemoAccount> accounts) {
    }

    private static final List<DemoCentre> DEMO = List.of(
            new DemoCentre("Beratungsstelle Existenzsicherung (Demo)", "Diakonie (Demo)",
                    CounsellingCentre.Kind.WELFARE_ASSOCIATION, "existenzsicherung@beratung.lotse.test", "040 000000-10",
                    "Musterstraße 1\n20095 Hamburg (Demo)", CounsellingCentre.Status.APPROVED, List.of(
                            new DemoAccount("verwaltung.existenz", "Greta Hansen (Verwaltung, Existenzsicherung)",
                                    StaffRole.PARTNER_ADMIN),
                            new DemoAccount("beratung.existenz", "Lukas Brandt (Beratung, Existenzsicherung)",
                                    StaffRole.COUNSELLOR),
                            new DemoAccount("verzeichnis.existenz", "Jana Petersen (Verzeichnis, Existenzsicherung)",
                                    StaffRole.DIRECTORY_EDITOR))),
            new DemoCentre("Arbeitslosenberatung Wilhelmsburg (Demo)", "Erwerbslosenhilfe Wilhelmsburg e. V. (Demo)",
                    CounsellingCentre.Kind.UNEMPLOYMENT_ADVICE, "wilhelmsburg@beratung.lotse.test", "040 000000-20",
                    "Beispielweg 2\n21107 Hamburg (Demo)", CounsellingCentre.Status.APPROVED, List.of(
                            new DemoAccount("verwaltung.wilhelmsburg", "Selin Aydın (Verwaltung, Wilhelmsburg)",
                                    StaffRole.PARTNER_ADMIN),
                            new DemoAccount("beratung.wilhelmsburg", "Tomasz Nowak (Beratung, Wilhelmsburg)",
                                    StaffRole.COUNSELLOR))),
            new DemoCentre("Erwerbslosenberatung Altona (Demo)", "Gewerkschaftsbund (Demo)", CounsellingCentre.Kind.TRADE_UNION,
                    "altona@beratung.lotse.test", null, null, CounsellingCentre.Status.APPLIED, List.of()));

    private final CounsellingCentres centres;
    private final StaffAccounts accounts;
    private final StaffMembers staff;
    private final Jobcenters jobcenters;
    private final DemoLogins logins;
    private final Clock clock;

    HamburgDemoPartners(CounsellingCentres centres, StaffAccounts accounts, StaffMembers staff, Jobcenters jobcenters,
            DemoLogins logins, Clock clock) {
        this.centres = centres;
        this.accounts = accounts;
        this.staff = staff;
        this.jobcenters = jobcenters;
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        JobcenterId hamburg = jobcenters.byCode(HamburgDemoData.CODE).orElseThrow().id();
        // The demo administrator registers and approves the demo centres, so their history says who did it.
        Optional<StaffMember> admin = staff.accountByLogin("admin").map(StaffMembers.Account::member)
                .filter(member -> member.role() == StaffRole.ADMINISTRATOR);
        StringBuilder created = new StringBuilder();
        for (DemoCentre demo : DEMO) {
            CounsellingCentre centre = centres.named(hamburg, demo.name()).orElseGet(() -> register(hamburg, demo, admin));
            for (DemoAccount account : demo.accounts()) {
                if (accounts.exists(account.login())) {
                    continue;
                }
                String password = InitialPasswords.generate();
                accounts.createCounsellor(hamburg, centre.id(), account.login(), account.name(), account.role(), password);
                created.append(DemoLogins.line(account.login(), password, account.role() + " (" + centre.name() + ")"));
            }
        }
        if (!created.isEmpty()) {
            logins.keep(created.toString());
            log.info("Demo counsellor logins for http://localhost:8080/anmelden (also in {}):%n{}".replace("%n", "\n"),
                    logins.file(), created);
        }
    }

    private CounsellingCentre register(JobcenterId hamburg, DemoCentre demo, Optional<StaffMember> admin) {
        CounsellingCentre.Status registeredAs = admin.isPresent() ? CounsellingCentre.Status.APPLIED : demo.status();
        CounsellingCentre centre = centres.register(hamburg, demo.name(), demo.provider(), demo.kind(), demo.email(),
                Optional.ofNullable(demo.phone()), Optional.ofNullable(demo.address()), registeredAs, clock.instant());
        admin.ifPresent(by -> {
            centres.recordRegistration(centre, by.id(), clock.instant());
            if (demo.status() == CounsellingCentre.Status.APPROVED) {
                centres.changeStatus(centre.id(), Set.of(CounsellingCentre.Status.APPLIED),
                        CounsellingCentre.Status.APPROVED, Optional.empty(), by.id(), clock.instant());
            }
        });
        return centres.byId(centre.id()).orElseThrow();
    }
}

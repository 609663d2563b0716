package de.lotse.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins for the embedded default, one per role. Their random passwords are printed once, when the accounts are
 * made, and kept in {@code demo-logins.txt} in the data directory (readable by its owner only).
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class HamburgDemoStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HamburgDemoStaff.class);

    private record Demo(String login, String name, StaffRole role, List<String> sites) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("agent.mitte", "Aylin Demir (Kundenservice Mitte)", StaffRole.AGENT, List.of("mitte")),
            new Demo("leitung.mitte", "Jan Petersen (Standortleitung Mitte)", StaffRole.SITE_MANAGER, List.of("mitte")),
            new Demo("agent.harburg", "Olga Schulz (Kundenservice Harburg)", StaffRole.AGENT, List.of("harburg")),
            new Demo("bereich.sued", "Mehmet Kaya (Bereichsleitung Süd)", StaffRole.AREA_MANAGER,
                    List.of("harburg", "suederelbe", "wilhelmsburg")),
            new Demo("geschaeftsfuehrung", "Dr. Karin Vogt (Geschäftsführung)", StaffRole.EXECUTIVE_MANAGER, List.of()),
            new Demo("qm", "Qualitätsmanagement", StaffRole.QUALITY_MANAGEMENT, List.of()),
            new Demo("admin", "Administration", StaffRole.ADMINISTRATOR, List.of()));

    private final StaffAccounts accounts;
    private final Jobcenters jobcenters;
    private final Sites sites;
    private final DemoLogins logins;

    HamburgDemoStaff(StaffAccounts accounts, Jobcenters jobcenters, Sites sites, DemoLogins logins) {
        this.accounts = accounts;
        this.jobcenters = jobcenters;
        this.sites = sites;
        this.logins = logins;
    }

    @Override
    public void run(ApplicationArguments args) {
        JobcenterId hamburg = jobcenters.byCode(HamburgDemoData.CODE).orElseThrow().id();
        StringBuilder created = new StringBuilder();
        for (Demo demo : DEMO) {
            if (accounts.exists(demo.login())) {
                continue;
            }
            Set<SiteId> siteIds = demo.sites().stream().map(code -> sites.byCode(hamburg, code).orElseThrow().id())
                    .collect(Collectors.toSet());
            String password = InitialPasswords.generate();
            accounts.create(hamburg, demo.login(), demo.name(), demo.role(), siteIds, password);
            created.append(DemoLogins.line(demo.login(), password, demo.role().name()));
        }
        if (!created.isEmpty()) {
            logins.keep(created.toString());
            log.info("Demo staff logins for http://localhost:8080/anmelden (also in {}):%n{}".replace("%n", "\n"),
                    logins.file(), created);
        } else {
            log.info("Demo staff logins are in {}", logins.file());
        }
    }
}

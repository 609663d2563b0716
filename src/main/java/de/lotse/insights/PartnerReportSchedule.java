package de.lotse.insights;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Sends the partner report every morning on one instance of the cluster; the send record makes all but the first run
 * of a quarter (and a run on a second instance) send nothing, and catches up addresses added during the quarter.
 */
@Configuration(proxyBeanMethods = false)
class PartnerReportSchedule {

    @Bean
    RecurringTask<Void> partnerReportTask(PartnerReports reports,
            @Value("${lotse.insights.partner-report.run-at:07:00}") LocalTime runAt) {
        return Tasks.recurring("insights-partner-report", Schedules.daily(ZoneId.of("Europe/Berlin"), runAt))
                .execute((instance, context) -> reports.sendDue());
    }
}

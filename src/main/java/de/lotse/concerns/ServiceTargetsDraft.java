package de.lotse.concerns;

/** Service targets as an administrator typed them; checked by {@link ServiceLevels#change}. */
public record ServiceTargetsDraft(String acknowledgeWorkingDays, String answerDays, String callbackWorkingDays,
        String workingDayEnd, String warnAtPercent) {

    public static ServiceTargetsDraft of(ServiceTargets targets) {
        return new ServiceTargetsDraft(String.valueOf(targets.acknowledgeWorkingDays()), String.valueOf(targets.answerDays()),
                String.valueOf(targets.callbackWorkingDays()), targets.workingDayEnd().toString(),
                String.valueOf(targets.warnAtPercent()));
    }
}

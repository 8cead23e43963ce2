package dev.claimdesk.counterfeit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code claimdesk.counterfeit.*}: the appeal's clocks in working days and when the penalty is posted, handed to each
 * CounterfeitAppeal instance when it starts; and the brand-protection systems allowed to use the findings API.
 */
@ConfigurationProperties("claimdesk.counterfeit")
public class CounterfeitSettings {

    /** The seller appeals within this many working days of the notice (DOMAIN.md rule 9). */
    private int appealWorkingDays = 2;
    /** The seller sends a document the reviewer asked for within this many working days. */
    private int documentsWorkingDays = 2;
    /** The seller is reminded this many working days before either deadline. */
    private int reminderWorkingDaysBefore = 1;
    /** Post the penalty with the notice (reversed if the appeal succeeds) instead of only when it stands. */
    private boolean penaltyAtNotice = false;

    private List<Integration> integrations = new ArrayList<>();

    /** A brand-protection system and its bearer token. */
    public record Integration(String name, String token) {}

    public int getAppealWorkingDays() {
        return appealWorkingDays;
    }

    public void setAppealWorkingDays(int appealWorkingDays) {
        this.appealWorkingDays = appealWorkingDays;
    }

    public int getDocumentsWorkingDays() {
        return documentsWorkingDays;
    }

    public void setDocumentsWorkingDays(int documentsWorkingDays) {
        this.documentsWorkingDays = documentsWorkingDays;
    }

    public int getReminderWorkingDaysBefore() {
        return reminderWorkingDaysBefore;
    }

    public void setReminderWorkingDaysBefore(int reminderWorkingDaysBefore) {
        this.reminderWorkingDaysBefore = reminderWorkingDaysBefore;
    }

    public boolean isPenaltyAtNotice() {
        return penaltyAtNotice;
    }

    public void setPenaltyAtNotice(boolean penaltyAtNotice) {
        this.penaltyAtNotice = penaltyAtNotice;
    }

    public List<Integration> getIntegrations() {
        return integrations;
    }

    public void setIntegrations(List<Integration> integrations) {
        this.integrations = integrations;
    }
}

package vg.sms;

import java.util.Set;
import org.jsmpp.SMPPConstant;

/** Which error statuses of a submit_sm_resp mean "try again later" rather than "this SMS will never go". */
final class SmppStatuses {
    private static final Set<Integer> TRANSIENT = Set.of(
            SMPPConstant.STAT_ESME_RINVBNDSTS,
            SMPPConstant.STAT_ESME_RSYSERR,
            SMPPConstant.STAT_ESME_RMSGQFUL,
            SMPPConstant.STAT_ESME_RSUBMITFAIL,
            SMPPConstant.STAT_ESME_RTHROTTLED,
            SMPPConstant.STAT_ESME_RX_T_APPN);

    private SmppStatuses() {
    }

    static boolean isTransient(int commandStatus) {
        return TRANSIENT.contains(commandStatus);
    }

    static String describe(int commandStatus) {
        return String.format("command_status 0x%08X", commandStatus);
    }
}

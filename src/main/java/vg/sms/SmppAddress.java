package vg.sms;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import vg.common.PhoneNumber;

/** An address as submit_sm carries it: type of number, numbering plan and the digits (or name). */
record SmppAddress(TypeOfNumber ton, NumberingPlanIndicator npi, String address) {

    /** A subscriber in international form, 7 and the ten digits, as every SMSC routes it. */
    static SmppAddress subscriber(PhoneNumber phone) {
        return new SmppAddress(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "7" + phone.digits());
    }

    /**
     * The service's own sender: a short number such as 1090 goes as a national ISDN number, so the handset can
     * reply to it; a name with letters goes as alphanumeric.
     */
    static SmppAddress sender(String from) {
        return from.chars().allMatch(Character::isDigit)
                ? new SmppAddress(TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, from)
                : new SmppAddress(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, from);
    }
}

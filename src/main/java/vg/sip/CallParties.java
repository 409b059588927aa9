package vg.sip;

import java.util.ListIterator;
import java.util.Optional;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import vg.common.PhoneNumber;

/**
 * Who calls whom, as the switch says it: the callee is the Request-URI's number, the caller the first
 * {@code P-Asserted-Identity} that is a mobile number, else {@code From}. {@code sip:} and {@code tel:} URIs
 * and every spelling of a number that the contract accepts are read; tel's visual separators are dropped.
 */
record CallParties(Optional<PhoneNumber> caller, Optional<PhoneNumber> callee) {
    static final String P_ASSERTED_IDENTITY = "P-Asserted-Identity";

    static CallParties of(Request invite) {
        return new CallParties(caller(invite), number(invite.getRequestURI()));
    }

    private static Optional<PhoneNumber> caller(Request invite) {
        ListIterator<?> asserted = invite.getHeaders(P_ASSERTED_IDENTITY);
        while (asserted != null && asserted.hasNext()) {
            Object h = asserted.next();
            if (h instanceof HeaderAddress ha && ha.getAddress() != null) {
                Optional<PhoneNumber> n = number(ha.getAddress().getURI());
                if (n.isPresent()) return n;
            }
        }
        FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
        Address address = from == null ? null : from.getAddress();
        return address == null ? Optional.empty() : number(address.getURI());
    }

    static Optional<PhoneNumber> number(URI uri) {
        if (uri instanceof TelURL tel) return PhoneNumber.parse((tel.isGlobal() ? "+" : "") + withoutSeparators(tel.getPhoneNumber()));
        if (uri instanceof SipURI sip && sip.getUser() != null) {
            String user = sip.getUser();
            int params = user.indexOf(';');
            return PhoneNumber.parse(withoutSeparators(params < 0 ? user : user.substring(0, params)));
        }
        return Optional.empty();
    }

    private static String withoutSeparators(String number) {
        return number == null ? null : number.replace(".", "").replace("-", "").replace("(", "").replace(")", "");
    }
}

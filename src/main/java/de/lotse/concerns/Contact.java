package de.lotse.concerns;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** How to reach the citizen. The phone number is kept in E.164 form (+4940…), whatever way it was typed. */
public record Contact(ContactChannel channel, Optional<String> email, Optional<String> phone) {

    /** The phone number, if an SMS can reach it. */
    public Optional<String> mobilePhone() {
        return phone.filter(Contact::mobile);
    }

    /** Whether an SMS can reach the number; some countries do not tell mobile and landline numbers apart. */
    static boolean mobile(String e164) {
        PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
        try {
            PhoneNumberUtil.PhoneNumberType type = numbers.getNumberType(numbers.parse(e164, "DE"));
            return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                    || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
        } catch (NumberParseException unreadable) {
            return false;
        }
    }

    public static Contact anonymous() {
        return new Contact(ContactChannel.NONE, Optional.empty(), Optional.empty());
    }
}

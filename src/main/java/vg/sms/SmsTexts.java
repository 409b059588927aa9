package vg.sms;

/** What vg says by SMS, in Russian, each short enough for one Cyrillic SMS (70 characters) where the content allows. */
public final class SmsTexts {
    public static final String SERVICE_NUMBER = "1090";
    public static final String PASSWORD_NUMBER = "1070";

    private SmsTexts() {
    }

    public static String connected(String password) {
        return "Вместо гудков подключено. Пароль: " + password + ". Логин — ваш номер";
    }

    public static String newPassword(String password) {
        return "Вместо гудков: новый пароль " + password;
    }

    public static String disconnected() {
        return "Вместо гудков отключено. Подключить снова: 5 на 1090";
    }

    public static String alreadyDisconnected() {
        return "Услуга Вместо гудков не подключена. Подключить: 5 на 1090";
    }

    public static String corporateRefusal() {
        return "Пароль корпоративным абонентам выдаёт абонентский отдел";
    }

    public static String notConnected() {
        return "Сначала подключите Вместо гудков: 5 на 1090";
    }

    public static String help() {
        return "Вместо гудков: 5 на 1090 — подключить, 0 на 1090 — отключить, SMS на 1070 — пароль";
    }

    public static String starOffer() {
        return "Понравилась мелодия? Подключите Вместо гудков: 5 на 1090";
    }

    public static String starCopied(String title, long priceKopecks) {
        String t = title.length() > 30 ? title.substring(0, 29) + "…" : title;
        return "«" + t + "» теперь ваш гудок. Списано " + priceKopecks / 100 + "," + String.format("%02d", priceKopecks % 100) + " ₽";
    }

    public static String giftReceived(String from, String title) {
        return from + " дарит вам «" + shortTitle(title) + "». Примите в кабинете Вместо гудков";
    }

    public static String giftInvitation(String from, String title) {
        return from + " дарит вам гудок «" + shortTitle(title) + "». Подключите: 5 на 1090";
    }

    public static String giftAccepted(String by, String title) {
        return by + " принял ваш подарок «" + shortTitle(title) + "»";
    }

    private static String shortTitle(String title) {
        return title.length() > 20 ? title.substring(0, 19) + "…" : title;
    }
}

package vg.logins;

/**
 * An account whose wrong passwords are counted: a subscriber's number or an editor's name. Both live in one table,
 * so an editor's key carries a prefix no number has.
 */
public record LoginAccount(String key, String described) {
    public static LoginAccount subscriber(String digits) {
        return new LoginAccount(digits, "this number");
    }

    public static LoginAccount editor(String name) {
        return new LoginAccount("editor:" + name, "the editor's desk");
    }
}

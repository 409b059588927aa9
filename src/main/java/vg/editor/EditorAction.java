package vg.editor;

/** What an editor did at the desk, as the audit trail names it. */
public enum EditorAction {
    LOGIN("login"), LOGIN_FAILED("login_failed"), LOGOUT("logout"),
    UPLOAD("upload"), EDIT("edit"), PUBLISH("publish"), WITHDRAW("withdraw");

    private final String code;

    EditorAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

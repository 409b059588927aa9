package vg.web;

/** The contract's error shape: a machine code and a sentence a person can read. */
public record ErrorBody(String error, String message) {
}

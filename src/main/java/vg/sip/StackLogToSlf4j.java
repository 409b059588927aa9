package vg.sip;

import gov.nist.core.LogWriter;
import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JAIN-SIP's logger, handed to slf4j: its errors reach vg's log as warnings; the rest is debug or dropped. */
public final class StackLogToSlf4j implements StackLogger {
    private static final Logger log = LoggerFactory.getLogger("vg.sip.stack");

    @Override
    public boolean isLoggingEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int level) {
        return level <= LogWriter.TRACE_WARN && log.isWarnEnabled();
    }

    @Override
    public void logStackTrace() {
    }

    @Override
    public void logStackTrace(int traceLevel) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        log.warn("SIP stack: {}", ex.toString());
    }

    @Override
    public void logDebug(String message) {
    }

    @Override
    public void logDebug(String message, Exception ex) {
    }

    @Override
    public void logTrace(String message) {
    }

    @Override
    public void logFatalError(String message) {
        log.error("SIP stack: {}", message);
    }

    @Override
    public void logError(String message) {
        log.warn("SIP stack: {}", message);
    }

    @Override
    public void logError(String message, Exception ex) {
        log.warn("SIP stack: {}: {}", message, ex.toString());
    }

    @Override
    public void logWarning(String message) {
        // the stack warns at every start that TLS is unconfigured; vg has no TLS listener, so this is chatter
        log.debug("SIP stack: {}", message);
    }

    @Override
    public void logInfo(String message) {
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return "vg.sip.stack";
    }
}

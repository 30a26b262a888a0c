package io.jisr;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Collects the log records of one category (and those below it) while open; the root category with "". */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Map<LogRecord, Map<String, String>> mdc =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    private LogCapture(String category, Level level) {
        logger = Logger.getLogger(category);
        previousLevel = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        logger.addHandler(this);
    }

    /** Captures what the category logs at its configured level. */
    public static LogCapture of(String category) {
        return new LogCapture(category, null);
    }

    /** Captures the category at {@code level}, for the duration of the capture. */
    public static LogCapture of(String category, Level level) {
        return new LogCapture(category, level);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The MDC as it was when {@code record} was logged. */
    public Map<String, String> mdc(LogRecord record) {
        return mdc.getOrDefault(record, Map.of());
    }

    /** Records at {@code level} or above, as "LEVEL category: message" lines. */
    public List<String> atOrAbove(Level level) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= level.intValue())
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage())
                .toList();
    }

    /** Text of a record with its parameters appended, enough to find a value in it. */
    public static String formatted(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        return text.toString();
    }

    @Override
    public void publish(LogRecord record) {
        // The MDC belongs to the thread (or Vert.x context) that logs, so it is copied now.
        if (record instanceof ExtLogRecord ext) {
            mdc.put(record, Map.copyOf(ext.getMdcCopy()));
        }
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}

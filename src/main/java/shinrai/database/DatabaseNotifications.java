package shinrai.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code NOTIFY} messages, delivered to whoever subscribed to their channel: how every instance of the
 * application learns at once that a row it may have cached changed, whichever instance (or whichever SQL) changed
 * it. One connection of its own listens; it is not taken from the pool.
 *
 * <p>A cache may only trust itself while {@link #listening()}: a notification sent while the connection was down is
 * lost, so each subscriber is told to forget everything whenever listening (re)starts or stops.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);

    /** What a subscriber hears: one channel's payloads, and the moments it may have missed some. */
    public interface Subscriber {

        void notified(String payload);

        /** Notifications may have been missed (listening started, stopped or broke off): forget what you keep. */
        void missedSome();
    }

    private final DatabaseEndpoint endpoint;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread listener;

    DatabaseNotifications(DatabaseEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Subscribes to a channel (a plain identifier); before the application has started, as beans are made. */
    public void subscribe(String channel, Subscriber subscriber) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        if (running) {
            throw new IllegalStateException("Subscribe to " + channel + " before the application starts");
        }
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(subscriber);
    }

    /** Whether every notification sent now will be heard. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        if (subscribers.isEmpty()) {
            return;
        }
        Thread thread = new Thread(this::listen, "database-notifications");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
        stoppedListening();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Connects, listens and hands out notifications until stopped; reconnects after a second when cut off. */
    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement sql = connection.createStatement()) {
                    for (String channel : subscribers.keySet()) {
                        sql.execute("LISTEN " + channel);
                    }
                }
                // what changed before LISTEN took effect was not heard: forget it, then trust what follows
                subscribers.values().forEach(list -> list.forEach(Subscriber::missedSome));
                listening = true;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1000);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification notification : received) {
                        subscribers
                                .getOrDefault(notification.getName(), List.of())
                                .forEach(subscriber -> subscriber.notified(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                stoppedListening();
                if (running) {
                    log.warn("Not listening to database notifications, retrying in a second: {}", e.toString());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
        stoppedListening();
    }

    private void stoppedListening() {
        if (listening) {
            listening = false;
            subscribers.values().forEach(list -> list.forEach(Subscriber::missedSome));
        }
    }

    private Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", endpoint.ownerUser());
        if (endpoint.ownerPassword() != null) {
            login.setProperty("password", endpoint.ownerPassword());
        }
        login.setProperty("ApplicationName", "shinrai-notifications");
        return DriverManager.getConnection(endpoint.jdbcUrl(), login);
    }
}

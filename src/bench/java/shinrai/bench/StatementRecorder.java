package shinrai.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Notes the statements the application prepares on its runtime pool, with their parameters, while {@link #record}
 * runs; otherwise it only passes calls through. The benchmark uses it to show the plans of exactly the statements a
 * search runs, without copying their SQL.
 */
final class StatementRecorder implements BeanPostProcessor {

    private static final ThreadLocal<List<Recorded>> RECORDING = new ThreadLocal<>();

    /** A statement as prepared, with its parameters by position. */
    record Recorded(String sql, Map<Integer, @Nullable Object> parameters) {}

    static List<Recorded> record(Runnable work) {
        List<Recorded> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (name.equals("dataSource") && bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = method.invoke(target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = method.invoke(target, args);
            List<Recorded> statements = RECORDING.get();
            if (statements != null
                    && method.getName().equals("prepareStatement")
                    && result instanceof PreparedStatement prepared) {
                Recorded statement = new Recorded((String) args[0], new TreeMap<>());
                statements.add(statement);
                return proxy(PreparedStatement.class, prepared, (ps, set, values) -> {
                    if (set.getName().startsWith("set")
                            && values != null
                            && values.length >= 2
                            && values[0] instanceof Integer index) {
                        statement.parameters().put(index, set.getName().equals("setNull") ? null : values[1]);
                    }
                    return set.invoke(ps, values);
                });
            }
            return result;
        });
    }

    private static <T> T proxy(Class<T> type, T target, Call<T> call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @FunctionalInterface
    private interface Call<T> {
        @Nullable
        Object invoke(T target, Method method, Object @Nullable [] args) throws Throwable;
    }
}

package com.fintune.platform.database;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Reads what tables the application database really holds (upper-cased, sorted), for operators and tests. */
@Stateless
public class SchemaInspector {

    @Resource(lookup = "jdbc/fintune")
    private DataSource dataSource;

    public List<String> tableNames() {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || !isSystemSchema(schema)) {
                    tables.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables: " + e.getMessage(), e);
        }
        tables.sort(null);
        return tables;
    }

    private static boolean isSystemSchema(String schema) {
        String s = schema.toUpperCase(Locale.ROOT);
        return s.equals("INFORMATION_SCHEMA") || s.equals("PG_CATALOG") || s.startsWith("PG_TOAST");
    }
}

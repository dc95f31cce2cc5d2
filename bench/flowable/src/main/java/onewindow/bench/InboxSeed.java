package onewindow.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Open tasks by the hundred thousand, as the OneWindow inbox bench seeds its matters: INSERT … SELECT
 * generate_series, never through the engine (a million starts would take half an hour). Each seeded instance is a
 * copy of one instance the engine started itself, waiting at its first task: every runtime row it has (executions,
 * task, identity links, variables, activity instances) copied with its ids suffixed, so the tables hold what the
 * engine would have written. Copy n goes to candidate group GROUPS[n % 8], is due n seconds sooner, and one in
 * three is claimed by a bench user.
 */
final class InboxSeed {
  static final String[] GROUPS = {"MINZHENG", "CANLIAN", "WEIJIAN", "RENSHE", "ZIRAN", "NONGYE", "ZHUJIAN", "WINDOW"};
  static final int USERS = 20;
  private static final int CHUNK = 100_000;
  /** parents first: the foreign keys point from tasks and links to executions */
  private static final String[] TABLES = {"act_ru_execution", "act_ru_task", "act_ru_identitylink", "act_ru_variable", "act_ru_actinst"};

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private int seeded;

  InboxSeed(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  static String userId(int k) {
    return String.format("bench-inbox-%02d", k + 1);
  }

  /** Copies of `template` (a process instance id) until `open` tasks are open; answers how many were added. */
  int seedUpTo(String template, long open) throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
      long now = countOpen(db);
      int added = 0;
      List<String> ids = templateIds(db, template);
      while (now + added < open) {
        int from = seeded + 1;
        int to = (int) Math.min(seeded + CHUNK, seeded + (open - now - added));
        for (String table : TABLES) copy(db, table, template, ids, from, to);
        added += to - from + 1;
        seeded = to;
        System.err.printf("flowable: seeded copies %,d–%,d%n", from, to);
      }
      try (Statement s = db.createStatement()) {
        for (String table : TABLES) s.execute("VACUUM (ANALYZE) " + table);
      }
      return added;
    }
  }

  static long countOpen(Connection db) throws Exception {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM act_ru_task")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Every id of the template's rows: a column holding one of them in a copy points at the copy's own row. */
  private static List<String> templateIds(Connection db, String template) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String table : TABLES) {
      try (PreparedStatement q = db.prepareStatement("SELECT id_ FROM " + table + " t WHERE " + templateRows(table))) {
        bindTemplate(q, 1, table, template);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }

  /** The template's rows of `table` (its process instance id bound by bindTemplate). */
  private static String templateRows(String table) {
    return table.equals("act_ru_identitylink")
        ? "(t.proc_inst_id_ = ? OR t.task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = ?))"
        : "t.proc_inst_id_ = ?";
  }

  private static void bindTemplate(PreparedStatement q, int from, String table, String template) throws Exception {
    q.setString(from, template);
    if (table.equals("act_ru_identitylink")) q.setString(from + 1, template);
  }

  private static void copy(Connection db, String table, String template, List<String> ids, int from, int to)
      throws Exception {
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
      q.setString(1, table);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          String column = r.getString(1);
          columns.add(column);
          values.add(valueOf(table, column, r.getString(2).startsWith("character")));
        }
      }
    }
    String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
        + " FROM " + table + " t, generate_series(?, ?) AS n WHERE "
        + templateRows(table);
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      Array idArray = db.createArrayOf("varchar", ids.toArray());
      int i = 1;
      // the id array is compared once per text column, before the series and the template's id
      int arrays = (int) values.stream().filter((v) -> v.contains("= ANY(?")).count();
      for (int k = 0; k < arrays; k++) insert.setArray(i++, idArray);
      insert.setInt(i++, from);
      insert.setInt(i++, to);
      bindTemplate(insert, i, table, template);
      insert.executeUpdate();
    }
  }

  private static String valueOf(String table, String column, boolean text) {
    String groups = "(ARRAY['" + String.join("','", GROUPS) + "'])[1 + n % " + GROUPS.length + "]";
    if (table.equals("act_ru_identitylink") && column.equals("group_id_"))
      return "CASE WHEN t.group_id_ IS NULL THEN NULL ELSE " + groups + " END";
    if (table.equals("act_ru_task")) {
      if (column.equals("assignee_"))
        return "CASE WHEN n % 3 = 0 THEN 'bench-inbox-' || lpad((1 + n % " + USERS + ")::text, 2, '0') END";
      if (column.equals("due_date_")) return "now() + interval '10 days' - n * interval '1 second'";
      if (column.equals("create_time_")) return "now() - n * interval '1 second'";
      if (column.equals("claim_time_")) return "CASE WHEN n % 3 = 0 THEN now() END";
    }
    if (text) return "CASE WHEN t." + column + " = ANY(?) THEN t." + column + " || '-c' || n ELSE t." + column + " END";
    return "t." + column;
  }
}

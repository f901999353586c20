package dev.ferry.connector.web.portal;

/** The pages around the invoices: sign-on, home, the slow report and statement upload. */
final class PortalPages {
  private PortalPages() {}

  static String login(String error) {
    String message =
        error == null ? "" : "<p id=\"login-error\" class=\"error\">" + Html.escape(error) + "</p>";
    return Html.page(
        "Sign on",
        null,
        message
            + """
            <form id="login-form" method="post" action="/login">
              <label for="username">User name</label>
              <input id="username" name="username" autocomplete="username">
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password">
              <p><button id="sign-in" type="submit">Sign in</button></p>
            </form>
            """);
  }

  static String home(String user) {
    return Html.page(
        "Welcome",
        user,
        "<p id=\"welcome\">Welcome, "
            + Html.escape(user)
            + ". Enter invoices, check their status or upload a statement.</p>");
  }

  /** A page that shows its content only after a slow background call. */
  static String report(String user, int delayMillis) {
    return Html.page(
        "Monthly report",
        user,
        """
        <p id="report-status">Preparing the report...</p>
        <script>
          fetch('/api/report?delay=%d')
            .then(r => r.json())
            .then(r => {
              document.getElementById('report-status').textContent = 'Report ready';
              const total = document.createElement('p');
              total.id = 'report-total';
              total.textContent = 'Open invoices: ' + r.open;
              document.querySelector('main').appendChild(total);
            });
        </script>
        """
            .formatted(delayMillis));
  }

  static String slow(String user, int delayMillis) {
    return Html.page(
        "Slow page",
        user,
        "<p id=\"slow-done\">This page took " + delayMillis + " ms to load.</p>");
  }

  static String statements(String user, String result) {
    String shown = result == null ? "" : "<p id=\"upload-result\">" + Html.escape(result) + "</p>";
    return Html.page(
        "Statements",
        user,
        shown
            + """
            <form id="upload-form" method="post" action="/statements" enctype="multipart/form-data">
              <label for="statement">Statement file</label>
              <input id="statement" name="statement" type="file">
              <p><button id="upload" type="submit">Upload</button></p>
            </form>
            """);
  }

  static String failure(int status, String reason) {
    return Html.page(
        "Service unavailable",
        null,
        "<p id=\"failure\">" + status + " " + Html.escape(reason) + "</p>");
  }
}

package dev.ferry.connector.web.portal;

/** Builds the portal's pages: one layout, escaped values. */
final class Html {
  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A full page; {@code user} is null on pages shown before sign-on. */
  static String page(String title, String user, String body) {
    String nav =
        user == null
            ? ""
            : """
            <nav id="menu">
              <a id="nav-home" href="/">Home</a>
              <a id="nav-new-invoice" href="/invoices/new">New invoice</a>
              <a id="nav-invoices" href="/invoices">Invoices</a>
              <a id="nav-statements" href="/statements">Statements</a>
              <a id="nav-report" href="/report">Report</a>
              <span id="user">%s</span>
              <a id="sign-out" href="/logout">Sign out</a>
            </nav>
            """
                .formatted(escape(user));
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>%s - Supplier Portal</title>
          <style>
            body { font-family: sans-serif; margin: 2em; }
            nav a { margin-right: 1em; }
            .error { color: #b00020; }
            table { border-collapse: collapse; }
            td, th { border: 1px solid #999; padding: 0.3em 0.8em; }
            label { display: block; margin-top: 0.6em; }
          </style>
        </head>
        <body>
        %s
        <main>
        <h1>%s</h1>
        %s
        </main>
        </body>
        </html>
        """
        .formatted(escape(title), nav, escape(title), body);
  }
}

package dev.ferry.connector.web.portal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The invoice entry form and the paged invoice table. */
final class InvoicePages {
  private InvoicePages() {}

  static String form(String user, Map<String, String> values, Map<String, String> errors) {
    StringBuilder body = new StringBuilder();
    if (!errors.isEmpty()) {
      body.append("<div id=\"errors\" role=\"alert\" class=\"error\">Please correct ")
          .append(errors.size())
          .append(errors.size() == 1 ? " field" : " fields")
          .append(".</div>\n");
    }
    body.append("<form id=\"invoice-form\" method=\"post\" action=\"/invoices\">\n");
    body.append(input("number", "Invoice number", "text", values, errors));
    body.append(
        "<label for=\"supplier\">Supplier</label>\n<select id=\"supplier\" name=\"supplier\">");
    body.append("<option value=\"\">Choose...</option>");
    for (Map.Entry<String, String> s : new TreeMap<>(InvoiceStore.SUPPLIERS).entrySet()) {
      boolean selected = s.getKey().equals(values.get("supplier"));
      body.append("<option value=\"")
          .append(s.getKey())
          .append(selected ? "\" selected>" : "\">")
          .append(Html.escape(s.getValue()))
          .append("</option>");
    }
    body.append("</select>\n").append(error("supplier", errors));
    body.append(input("amount", "Amount", "text", values, errors));
    body.append(input("due-date", "Due date", "date", values, errors));
    body.append("<label><input id=\"urgent\" name=\"urgent\" type=\"checkbox\"")
        .append("on".equals(values.get("urgent")) ? " checked" : "")
        .append("> Urgent</label>\n");
    body.append("<p><button id=\"save\" type=\"submit\">Save invoice</button></p>\n</form>\n");
    return Html.page("New invoice", user, body.toString());
  }

  private static String input(
      String name,
      String label,
      String type,
      Map<String, String> values,
      Map<String, String> errors) {
    return "<label for=\"%s\">%s</label>\n<input id=\"%s\" name=\"%s\" type=\"%s\" value=\"%s\">\n%s"
        .formatted(
            name, label, name, name, type, Html.escape(values.get(name)), error(name, errors));
  }

  private static String error(String name, Map<String, String> errors) {
    String message = errors.get(name);
    return message == null
        ? ""
        : "<p id=\"%s-error\" class=\"error\">%s</p>\n".formatted(name, Html.escape(message));
  }

  static String table(String user, List<Invoice> all, int page, int pageSize, String saved) {
    int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
    int current = Math.min(Math.max(page, 1), pages);
    StringBuilder body = new StringBuilder();
    if (saved != null) {
      body.append("<p id=\"message\">Invoice ").append(Html.escape(saved)).append(" saved.</p>\n");
    }
    body.append("<p><a id=\"export\" href=\"/invoices/export.csv\">Export all as CSV</a></p>\n");
    body.append("<table id=\"invoices\">\n<thead><tr><th>Number</th><th>Supplier</th>")
        .append("<th>Amount</th><th>Due date</th><th>Status</th></tr></thead>\n<tbody>\n");
    for (Invoice i :
        all.subList((current - 1) * pageSize, Math.min(all.size(), current * pageSize))) {
      body.append(
          "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n"
              .formatted(
                  Html.escape(i.number()),
                  Html.escape(i.supplier()),
                  i.amount().toPlainString(),
                  i.dueDate(),
                  i.status()));
    }
    body.append("</tbody>\n</table>\n<nav class=\"pager\">");
    if (current > 1) {
      body.append(
          "<a id=\"prev-page\" href=\"/invoices?page=" + (current - 1) + "\">Previous</a> ");
    }
    body.append("<span id=\"page-info\">Page " + current + " of " + pages + "</span>");
    if (current < pages) {
      body.append(" <a id=\"next-page\" href=\"/invoices?page=" + (current + 1) + "\">Next</a>");
    }
    body.append("</nav>\n");
    return Html.page("Invoices", user, body.toString());
  }

  static String csv(List<Invoice> all) {
    StringBuilder out = new StringBuilder("number,supplier,amount,due_date,status\n");
    for (Invoice i : all) {
      out.append(
          String.join(
                  ",",
                  i.number(),
                  i.supplier(),
                  i.amount().toPlainString(),
                  i.dueDate().toString(),
                  i.status())
              + "\n");
    }
    return out.toString();
  }
}

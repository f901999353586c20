package dev.ferry.connector.web.portal;

/**
 * Runs the supplier portal on its own for a demo: {@code PortalMain [username password]}. It prints
 * its URL and serves until the process is stopped.
 */
public final class PortalMain {
  private PortalMain() {}

  public static void main(String[] args) throws InterruptedException {
    String username = args.length >= 2 ? args[0] : "clerk";
    String password = args.length >= 2 ? args[1] : "clerk-demo";
    SupplierPortal portal = SupplierPortal.start(PortalOptions.defaults(username, password));
    Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
    System.out.println("Supplier portal at " + portal.baseUri() + " (user " + username + ")");
    Thread.currentThread().join();
  }
}

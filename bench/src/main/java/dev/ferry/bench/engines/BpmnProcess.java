package dev.ferry.bench.engines;

/**
 * Writes the BPMN 2.0 process the established engines run: a start event, N service tasks in
 * sequence, each calling the engine's Java delegate, and an end event.
 */
final class BpmnProcess {
  static final String KEY = "benchCount";

  private BpmnProcess() {}

  /**
   * @param extensionNamespace the engine's extension namespace, bound to the prefix {@code x}
   * @param delegateClass the delegate every service task calls through {@code x:class}
   * @param processAttributes extra attributes of the process element, such as a history TTL
   */
  static String xml(
      int steps, String extensionNamespace, Class<?> delegateClass, String processAttributes) {
    if (steps < 1) {
      throw new IllegalArgumentException("a process needs at least one step, not " + steps);
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"")
        .append(" xmlns:x=\"")
        .append(extensionNamespace)
        .append("\" targetNamespace=\"http://ferry.dev/bench\">\n")
        .append("  <process id=\"")
        .append(KEY)
        .append("\" isExecutable=\"true\" ")
        .append(processAttributes)
        .append(">\n    <startEvent id=\"start\"/>\n");
    String previous = "start";
    for (int i = 1; i <= steps; i++) {
      String task = "step" + i;
      flow(xml, previous, task);
      xml.append("    <serviceTask id=\"")
          .append(task)
          .append("\" x:class=\"")
          .append(delegateClass.getName())
          .append("\"/>\n");
      previous = task;
    }
    flow(xml, previous, "end");
    xml.append("    <endEvent id=\"end\"/>\n  </process>\n</definitions>\n");
    return xml.toString();
  }

  private static void flow(StringBuilder xml, String from, String to) {
    xml.append("    <sequenceFlow id=\"")
        .append(from)
        .append("-")
        .append(to)
        .append("\" sourceRef=\"")
        .append(from)
        .append("\" targetRef=\"")
        .append(to)
        .append("\"/>\n");
  }
}

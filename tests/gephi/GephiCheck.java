import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.plugin.file.spreadsheet.ImporterSpreadsheetCSV;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;
import org.xml.sax.SAXParseException;

/**
 * Test harness (not shipped): reads exported files with Gephi's own importers, headless, and
 * validates XML with the JDK's XSD validator; prints one JSON line per job so the vitest tests
 * compare what Gephi holds with /api/export/count. Jobs (arguments):
 *   gexf=FILE | graphml=FILE           Gephi's GEXF / GraphML importer, default import settings
 *   csv=NODES.csv,EDGES.csv            Gephi's spreadsheet importer, nodes then edges, one workspace
 *   xsd=SCHEMA.xsd,FILE.xml            javax.xml.validation against the schema
 */
public final class GephiCheck {
  public static void main(String[] args) throws Exception {
    for (String job : args) {
      int at = job.indexOf('=');
      String kind = job.substring(0, at);
      String[] files = job.substring(at + 1).split(",");
      StringBuilder out = new StringBuilder("{\"job\":").append(quote(job)).append(',');
      StringBuilder result = new StringBuilder();
      try {
        if (kind.equals("xsd")) validate(files[0], files[1], result);
        else gephi(kind, files, result);
        out.append(result);
      } catch (Throwable error) {
        out.append("\"error\":").append(quote(String.valueOf(error)));
      }
      if (out.charAt(out.length() - 1) == ',') out.setLength(out.length() - 1);
      System.out.println(out.append('}'));
    }
    System.exit(0);
  }

  private static void validate(String schemaFile, String xmlFile, StringBuilder out) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Schemas import each other by their published URLs: read the vendored copies beside the schema instead.
    File dir = new File(schemaFile).getAbsoluteFile().getParentFile();
    org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().getDOMImplementation().getFeature("LS", "3.0");
    factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
      if (systemId == null) return null;
      String name = systemId.substring(systemId.lastIndexOf('/') + 1);
      for (File candidate : new File[] {new File(dir, name), new File(new File(dir, "graphml-1.0"), name)}) {
        if (candidate.isFile()) {
          org.w3c.dom.ls.LSInput input = ls.createLSInput();
          input.setSystemId(candidate.toURI().toString());
          try {
            input.setByteStream(new java.io.FileInputStream(candidate));
          } catch (java.io.FileNotFoundException e) {
            return null;
          }
          return input;
        }
      }
      return null;
    });
    Schema schema = factory.newSchema(new File(schemaFile));
    Validator validator = schema.newValidator();
    List<String> errors = new ArrayList<>();
    validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
      public void warning(SAXParseException e) {}
      public void error(SAXParseException e) { if (errors.size() < 20) errors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
      public void fatalError(SAXParseException e) throws SAXParseException { throw e; }
    });
    try {
      validator.validate(new StreamSource(new File(xmlFile)));
    } catch (SAXParseException fatal) {
      errors.add("line " + fatal.getLineNumber() + ": " + fatal.getMessage());
    }
    out.append("\"valid\":").append(errors.isEmpty()).append(",\"errors\":").append(list(errors));
  }

  private static void gephi(String kind, String[] files, StringBuilder out) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    List<String> issues = new ArrayList<>();
    if (kind.equals("csv")) {
      // As in Gephi's "Import spreadsheet" dialog: the nodes table, then the edges table appended to the same workspace.
      for (String file : files) {
        ImporterSpreadsheetCSV csv = new ImporterSpreadsheetCSV();
        csv.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        Container container = importer.importFile(new File(file), csv);
        collect(container, issues);
        importer.process(container, new DefaultProcessor(), workspace);
      }
    } else {
      Container container = importer.importFile(new File(files[0]));
      if (container == null) throw new IllegalStateException("Gephi found no importer for " + files[0]);
      collect(container, issues);
      importer.process(container, new DefaultProcessor(), workspace);
    }
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    out.append("\"nodes\":").append(graph.getNodeCount()).append(",\"edges\":").append(graph.getEdgeCount());
    out.append(",\"timeRepresentation\":").append(quote(String.valueOf(model.getConfiguration().getTimeRepresentation())));
    out.append(",\"issues\":").append(list(issues));
    // A graph without any interval is configured for timestamps; its elements then have no spells.
    boolean intervals = model.getConfiguration().getTimeRepresentation() == org.gephi.graph.api.TimeRepresentation.INTERVAL;
    out.append(",\"nodeList\":[");
    boolean first = true;
    for (Node node : graph.getNodes()) {
      if (!first) out.append(',');
      first = false;
      out.append("{\"id\":").append(quote(String.valueOf(node.getId()))).append(",\"label\":").append(quote(node.getLabel()));
      element(node, model.getNodeTable().toArray(), intervals, out);
      out.append('}');
    }
    out.append("],\"edgeList\":[");
    first = true;
    for (Edge edge : graph.getEdges()) {
      if (!first) out.append(',');
      first = false;
      out.append("{\"id\":").append(quote(String.valueOf(edge.getId())))
          .append(",\"source\":").append(quote(String.valueOf(edge.getSource().getId())))
          .append(",\"target\":").append(quote(String.valueOf(edge.getTarget().getId())))
          .append(",\"directed\":").append(edge.isDirected())
          .append(",\"kind\":").append(quote(String.valueOf(model.getEdgeTypeLabel(edge.getType()))))
          .append(",\"label\":").append(quote(edge.getLabel()))
          .append(",\"weight\":").append(edge.getWeight());
      element(edge, model.getEdgeTable().toArray(), intervals, out);
      out.append('}');
    }
    out.append("],");
  }

  private static void collect(Container container, List<String> issues) {
    if (container == null || container.getReport() == null) return;
    for (java.util.Iterator<Issue> it = container.getReport().getIssues(100); it.hasNext();) {
      Issue issue = it.next();
      if (issue.getLevel().toInteger() >= Issue.Level.WARNING.toInteger()) issues.add(issue.getLevel() + ": " + issue.getMessage());
    }
  }

  /** Spells (as ISO dates, `Infinity` for an open end) and every attribute column as text. */
  private static void element(Element element, Column[] columns, boolean intervalGraph, StringBuilder out) {
    out.append(",\"spells\":[");
    // A graph without any interval is configured for timestamps; its elements then have no spells.
    Interval[] intervals = intervalGraph ? element.getIntervals() : new Interval[0];
    for (int i = 0; intervals != null && i < intervals.length; i++) {
      if (i > 0) out.append(',');
      out.append('[').append(quote(day(intervals[i].getLow()))).append(',').append(quote(day(intervals[i].getHigh()))).append(']');
    }
    out.append("],\"attributes\":{");
    boolean first = true;
    for (Column column : columns) {
      if (column.isProperty()) continue;
      Object value = element.getAttribute(column);
      if (value == null) continue;
      if (!first) out.append(',');
      first = false;
      String text = value.getClass().isArray() ? arrayText(value) : String.valueOf(value);
      out.append(quote(column.getTitle())).append(':').append(quote(text));
    }
    out.append('}');
  }

  private static String arrayText(Object array) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++) items.add(String.valueOf(java.lang.reflect.Array.get(array, i)));
    return list(items);
  }

  private static String day(double time) {
    if (Double.isInfinite(time)) return time > 0 ? "Infinity" : "-Infinity";
    return Instant.ofEpochMilli((long) time).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String list(List<String> items) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) text.append(i > 0 ? "," : "").append(quote(items.get(i)));
    return text.append(']').toString();
  }

  /** A JSON string literal. */
  private static String quote(String value) {
    if (value == null) return "null";
    StringBuilder text = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') text.append('\\').append(c);
      else if (c < 0x20) text.append(String.format("\\u%04x", (int) c));
      else text.append(c);
    }
    return text.append('"').toString();
  }
}

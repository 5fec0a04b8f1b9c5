"""Test helper (not shipped): reads an exported file with NetworkX and igraph, prints one JSON object.

    python3 read_graph.py JOB...    with JOB = graphml=FILE | gexf=FILE | csv=NODES.csv,EDGES.csv

One line of JSON per job (one Python start for many files).

For each library: node and edge counts, the edge kinds of every edge, and every node's attributes
(for the special-characters checks), or {"skip": reason} when the library is missing or has no
reader for the format. The CSV is read with Python's csv module (the tidy profile, for pandas/R).
"""
import csv
import json
import sys


def networkx_read(fmt, files):
    try:
        import networkx as nx
    except ImportError as error:
        return {"skip": f"networkx is not installed ({error})"}
    if fmt == "graphml":
        graph = nx.read_graphml(files[0], force_multigraph=True)
    elif fmt == "gexf":
        graph = nx.read_gexf(files[0])
    elif fmt == "csv":
        graph = nx.MultiDiGraph()
        for row in read_csv(files[0]):
            graph.add_node(row["id"], **row)
        for row in read_csv(files[1]):
            graph.add_edge(row["source"], row["target"], key=row["id"], **row)
    else:
        return {"skip": f"networkx has no reader for {fmt}"}
    multi = nx.MultiDiGraph(graph)
    edges = [{"id": str(key), "source": a, "target": b, "type": data.get("type"), "label": data.get("label")} for a, b, key, data in multi.edges(keys=True, data=True)]
    nodes = {str(node): {k: str(v) for k, v in data.items()} for node, data in multi.nodes(data=True)}
    edge_attrs = {str(key): {k: str(v) for k, v in data.items()} for _, _, key, data in multi.edges(keys=True, data=True)}
    return {"library": f"networkx {nx.__version__}", "class": type(graph).__name__, "nodes": multi.number_of_nodes(), "edges": multi.number_of_edges(), "edgeList": edges, "nodeAttributes": nodes, "edgeAttributes": edge_attrs}


def igraph_read(fmt, files):
    try:
        import igraph
    except ImportError as error:
        return {"skip": f"python-igraph is not installed ({error}); pip install igraph"}
    if fmt == "graphml":
        graph = igraph.Graph.Read_GraphML(files[0])
        ids = graph.vs["id"]
    elif fmt == "csv":
        nodes = read_csv(files[0])
        edges = read_csv(files[1])
        graph = igraph.Graph.DictList(nodes, edges, directed=True, vertex_name_attr="id", edge_foreign_keys=("source", "target"))
        ids = graph.vs["id"]
    else:
        return {"skip": f"igraph has no {fmt.upper()} reader"}
    node_attrs = {}
    for vertex in graph.vs:
        node_attrs[str(ids[vertex.index])] = {k: str(v) for k, v in vertex.attributes().items() if v is not None}
    edge_attrs = {}
    for edge in graph.es:
        attributes = edge.attributes()
        edge_attrs[str(attributes.get("id"))] = {k: str(v) for k, v in attributes.items() if v is not None}
    return {"library": f"igraph {igraph.__version__}", "nodes": graph.vcount(), "edges": graph.ecount(), "directed": graph.is_directed(), "nodeAttributes": node_attrs, "edgeAttributes": edge_attrs}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # Typed headers (`round:float`) keep their name before the colon.
    return [{key.split(":")[0]: value for key, value in row.items()} for row in rows]


def main():
    for job in sys.argv[1:]:
        fmt, _, paths = job.partition("=")
        files = paths.split(",")
        result = {"job": job, "python": sys.version.split()[0]}
        for name, reader in (("networkx", networkx_read), ("igraph", igraph_read)):
            try:
                result[name] = reader(fmt, files)
            except Exception as error:  # a reader that fails is a finding, reported to the test
                result[name] = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(result, ensure_ascii=False), flush=True)


main()

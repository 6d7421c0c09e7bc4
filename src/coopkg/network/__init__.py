"""Network analysis of a coopkg knowledge graph: partners, regions, programmes, themes.

Build networkx graphs from the RDF graph, measure them, find brokers, suggest partners,
and write everything (CSV, JSON, GraphML, GEXF, HTML, RDF) with :func:`analyze`::

    import coopkg
    from coopkg.network import organisation_graph, node_metrics, suggest_partners
    g = coopkg.load("output/graph.ttl")
    G = organisation_graph(g, period="2007-2013")
    rows = node_metrics(G)                      # a plain table: list of dicts
    suggest_partners(g, "ecoplus", k=5)

This package only reads the knowledge graph; the only RDF it writes is ``metrics.ttl``.
"""

from coopkg.network.analysis import AnalysisResult, analyze, load_graph
from coopkg.network.brokers import broker_table, brokerage, participation_coefficient
from coopkg.network.graphs import (
    Filters,
    NetworkData,
    country_graph,
    knowledge_graph,
    network_data,
    organisation_graph,
    programme_graph,
    project_organisation_graph,
    region_at_level,
    region_graph,
    theme_region_graph,
)
from coopkg.network.metrics import (
    betweenness,
    communities,
    community_map,
    components,
    edge_table,
    graph_summary,
    node_metrics,
    pagerank,
    period_changes,
    repeat_partnerships,
)
from coopkg.network.suggest import Suggestion, find_organisation, suggest_partners

__all__ = [
    "AnalysisResult",
    "Filters",
    "NetworkData",
    "Suggestion",
    "analyze",
    "betweenness",
    "broker_table",
    "brokerage",
    "communities",
    "community_map",
    "components",
    "country_graph",
    "edge_table",
    "find_organisation",
    "graph_summary",
    "knowledge_graph",
    "load_graph",
    "network_data",
    "node_metrics",
    "organisation_graph",
    "pagerank",
    "participation_coefficient",
    "period_changes",
    "programme_graph",
    "project_organisation_graph",
    "region_at_level",
    "region_graph",
    "repeat_partnerships",
    "suggest_partners",
    "theme_region_graph",
]

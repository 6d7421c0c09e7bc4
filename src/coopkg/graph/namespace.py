"""The coopkg ontology namespace, for Python code.

A :class:`rdflib.namespace.DefinedNamespace`: a typo such as ``COOP.tilte`` raises at once
instead of writing a triple nobody queries. ``tests/test_ontology.py`` checks that these
names and ``ontology/coopkg.ttl`` agree.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class COOP(DefinedNamespace):
    """Terms of ``https://w3id.org/coopkg/ontology#``."""

    _fail = True

    CooperationArea: URIRef
    Correction: URIRef
    Country: URIRef
    CountryPairGroup: URIRef
    Extraction: URIRef
    FieldEvidence: URIRef
    FundingGroup: URIRef
    Indicator: URIRef
    Notice: URIRef
    Organisation: URIRef
    Participation: URIRef
    Period: URIRef
    Programme: URIRef
    ProgrammePeriodGroup: URIRef
    Project: URIRef
    Region: URIRef
    RegionPairGroup: URIRef
    Role: URIRef
    Status: URIRef
    Theme: URIRef
    ThemeAssignment: URIRef
    acronym: URIRef
    address: URIRef
    area: URIRef
    assignedTheme: URIRef
    betweenness: URIRef
    charEnd: URIRef
    charStart: URIRef
    city: URIRef
    cofinancingRate: URIRef
    community: URIRef
    confidence: URIRef
    coreNumber: URIRef
    correctedPartner: URIRef
    correctedProperty: URIRef
    correctedValue: URIRef
    correctionsFile: URIRef
    country: URIRef
    countryCode: URIRef
    currentValue: URIRef
    degree: URIRef
    derived: URIRef
    derivedEvidence: URIRef
    derivedProperty: URIRef
    describedBy: URIRef
    description: URIRef
    endDate: URIRef
    endYear: URIRef
    euFunding: URIRef
    evidenceFor: URIRef
    evidenceRecord: URIRef
    extractedValue: URIRef
    fund: URIRef
    generation: URIRef
    groupEuFunding: URIRef
    groupFirst: URIRef
    groupLeadCountry: URIRef
    groupOrganisations: URIRef
    groupPeriod: URIRef
    groupProgramme: URIRef
    groupProjects: URIRef
    groupSecond: URIRef
    hasCorrection: URIRef
    hasEvidence: URIRef
    hasIndicator: URIRef
    hasParticipation: URIRef
    hasPartner: URIRef
    hasThemeAssignment: URIRef
    inProject: URIRef
    indicatorValue: URIRef
    isBroker: URIRef
    keyword: URIRef
    leadPartner: URIRef
    matchRule: URIRef
    mediaType: URIRef
    nameInNotice: URIRef
    nutsLevel: URIRef
    nutsVersion: URIRef
    pageLanguage: URIRef
    pagerank: URIRef
    participant: URIRef
    partnerBudget: URIRef
    partnerCount: URIRef
    period: URIRef
    programme: URIRef
    programmeName: URIRef
    qualifier: URIRef
    quote: URIRef
    rank: URIRef
    recordField: URIRef
    region: URIRef
    regionMention: URIRef
    replacedValue: URIRef
    result: URIRef
    role: URIRef
    rule: URIRef
    sha256: URIRef
    sourcePath: URIRef
    startDate: URIRef
    startYear: URIRef
    status: URIRef
    strand: URIRef
    summaryAcronym: URIRef
    summaryCountries: URIRef
    summaryEndDate: URIRef
    summaryEuFunding: URIRef
    summaryLeadCountry: URIRef
    summaryLeadPartner: URIRef
    summaryLeadPartners: URIRef
    summaryLeadProjects: URIRef
    summaryNotices: URIRef
    summaryOrganisations: URIRef
    summaryParticipations: URIRef
    summaryPartnerCountry: URIRef
    summaryPartnerRegion: URIRef
    summaryPartners: URIRef
    summaryPeriod: URIRef
    summaryProgramme: URIRef
    summaryProjects: URIRef
    summaryStartDate: URIRef
    summaryStatus: URIRef
    summaryTitle: URIRef
    summaryVersion: URIRef
    theme: URIRef
    themeScore: URIRef
    title: URIRef
    totalBudget: URIRef
    vatNumber: URIRef
    website: URIRef
    weightedDegree: URIRef

    _NS = Namespace("https://w3id.org/coopkg/ontology#")

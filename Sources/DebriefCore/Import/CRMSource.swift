/// The CRM a file came from. It names imported ids (`hubspot-18734529011`) and is told apart
/// by the header row alone, since admins rename files freely.
public enum CRMSource: String, Sendable, CaseIterable, Codable, Equatable {
    case salesforce
    case hubspot
    case pipedrive
    /// Any other spreadsheet with recognisable columns.
    case generic

    /// What goes before the CRM id in a deal id. Generic files get "csv" unless a mapping names a source.
    public var idPrefix: String { self == .generic ? "csv" : rawValue }

    /// Headers that only this CRM writes, as `ColumnName` keys, each worth one point.
    private var signature: Set<String> {
        switch self {
        case .salesforce:
            ["opportunityid", "opportunityname", "opportunityowner", "accountname", "nextstep", "fiscalperiod",
             "probability", "primarycompetitor", "lossreason", "leadsource", "stage"]
        case .hubspot:
            ["recordid", "dealname", "dealstage", "dealowner", "closedwonreason", "closedlostreason",
             "createdate", "pipeline", "associatedcompany", "dealtype"]
        case .pipedrive:
            ["dealid", "dealtitle", "dealowner", "dealvalue", "dealcurrencyofvalue", "dealorganization", "dealstatus",
             "dealpipeline", "dealstage", "dealdealcreated", "dealwontime", "deallosttime", "deallostreason",
             "wontime", "losttime", "currencyofvalue"]
        case .generic:
            []
        }
    }

    /// The CRM whose signature the header matches best; `generic` when none matches at least three columns.
    public static func detect(header: [String]) -> CRMSource {
        let keys = Set(header.map(ColumnName.key))
        var best = CRMSource.generic
        var bestScore = 2
        for source in [CRMSource.salesforce, .hubspot, .pipedrive] {
            let score = source.signature.intersection(keys).count
            if score > bestScore {
                best = source
                bestScore = score
            }
        }
        return best
    }
}

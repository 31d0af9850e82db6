/// The CRM a file came from. It names imported ids (`hubspot-18734529011`) and is told apart
/// by the header row alone, since admins rename files freely.
public enum CRMSource: String, Sendable, CaseIterable, Codable, Equatable {
    case salesforce
    case hubspot
    case pipedrive
    case dynamics
    case bitrix24
    /// Close (close.com): its opportunity export writes the API's field names, `value` in cents.
    case close
    /// Zoho CRM: a deals export, its `Record Id` holding `zcrm_…` ids.
    case zoho
    /// Freshsales (Freshworks CRM): "Sales owner", "Deal value", "Deal stage", "Closed date".
    case freshsales
    /// Odoo CRM: "Salesperson", "Expected Revenue" (the deal's amount), a lost deal archived (Active False).
    case odoo
    /// Any other spreadsheet with recognisable columns.
    case generic

    /// What goes before the CRM id in a deal id. Generic files get "csv" unless a mapping names a source.
    public var idPrefix: String { self == .generic ? "csv" : rawValue }

    /// Headers that only this CRM writes, as `ColumnName` keys, each worth one point.
    private var signature: Set<String> {
        switch self {
        case .salesforce:
            ["opportunityid", "opportunityname", "opportunityowner", "accountname", "nextstep", "fiscalperiod",
             "probability", "primarycompetitor", "lossreason", "leadsource", "stage", "stagename", "iswon", "isclosed",
             "accountid", "ownerid", "forecastcategory", "forecastcategoryname", "expectedrevenue", "externalidc",
             "createddate", "lastmodifieddate", "systemmodstamp", "isdeleted", "fiscalyear", "fiscalquarter"]
        case .hubspot:
            ["recordid", "dealname", "dealstage", "dealowner", "closedwonreason", "closedlostreason",
             "createdate", "pipeline", "associatedcompany", "dealtype", "hsobjectid", "associatedcompanyname"]
        case .pipedrive:
            ["dealid", "dealtitle", "dealowner", "dealvalue", "dealcurrencyofvalue", "dealorganization", "dealstatus",
             "dealpipeline", "dealstage", "dealdealcreated", "dealwontime", "deallosttime", "deallostreason",
             "wontime", "losttime", "currencyofvalue"]
        case .dynamics:
            ["topic", "potentialcustomer", "estrevenue", "actualrevenue", "estclosedate", "actualclosedate",
             "statusreason", "donotmodifyopportunity", "donotmodifyrowchecksum", "donotmodifymodifiedon", "rating", "createdon"]
        case .bitrix24:
            ["stageid", "opportunity", "assignedbyid", "closed", "title", "companytitle", "currencyid", "closedate",
             "begindate", "categoryid", "typeid", "sourceid", "companyid", "contactid", "datecreate", "datemodify",
             "isreturncustomer", "stagesemanticid", "opportunityaccount",
             // The same export with Bitrix24's Russian column names (keys fold "й" to "и").
             "названиесделки", "стадиясделки", "ответственныи", "сделказакрыта", "датазакрытия", "датасоздания", "сумма",
             "валюта", "компания", "комментарии"]
        case .close:
            ["leadid", "leadname", "statustype", "statuslabel", "statusid", "value", "valuecurrency", "valueformatted",
             "valueperiod", "datewon", "datelost", "username", "userid", "confidence", "note", "contactid", "pipelinename"]
        case .zoho:
            ["recordid", "dealowner", "dealname", "accountname", "stage", "closingdate", "reasonforloss", "reasonforlosss",
             "contactname", "expectedrevenue", "campaignsource", "createdtime", "modifiedtime", "createdby", "modifiedby",
             "lastactivitytime", "probability", "nextstep", "leadsource", "layout"]
        case .freshsales:
            ["salesowner", "dealvalue", "dealstage", "dealpipeline", "expectedclosedate", "closeddate", "lostreason",
             "createdat", "updatedat", "dealtype", "territory", "lastassignedat", "dealreason", "wonreason"]
        case .odoo:
            ["salesperson", "salesteam", "expectedrevenue", "expectedclosing", "closeddate", "lostreason", "active",
             "probability", "createdon", "opportunity", "customer", "tags", "priority"]
        case .generic:
            []
        }
    }

    /// Headers that mean something else in this CRM than in others, by `ColumnName` key. Bitrix24's
    /// `OPPORTUNITY` is the amount, where elsewhere "Opportunity" is the deal's name.
    var headerFields: [String: DealField] {
        switch self {
        case .bitrix24: ["opportunity": .amount, "assignedbyid": .owner, "closed": .isClosed]
        // Close's `status_type` (active / won / lost) is the outcome; `status_label` is the team's own name for it.
        case .close: ["statustype": .status, "statuslabel": .stage, "leadname": .account, "username": .owner]
        // Odoo's expected revenue is the deal's amount (Salesforce's is weighted by probability, and is not read).
        case .odoo: ["expectedrevenue": .amount, "active": .isActive, "opportunity": .name]
        default: [:]
        }
    }

    /// The CRM whose id column the header has (the surest sign: the id column names deals), else the
    /// one whose signature it matches best; `generic` when none matches at least three columns.
    /// `idValues` are a few values of an "Id" column, which tell Salesforce's own ids apart.
    public static func detect(header: [String], idValues: [String] = []) -> CRMSource {
        if let byID = byIDColumn(header: header, idValues: idValues) { return byID }
        let keys = Set(header.map(ColumnName.key))
        var best = CRMSource.generic
        var bestScore = 2
        for source in [CRMSource.salesforce, .hubspot, .pipedrive, .dynamics, .bitrix24, .close, .zoho, .freshsales, .odoo] {
            let score = source.signature.intersection(keys).count
            if score > bestScore {
                best = source
                bestScore = score
            }
        }
        return best
    }

    /// The CRM named by how its id column is written: HubSpot "Record ID" / "Deal ID" / "hs_object_id" (Zoho's
    /// "Record Id" holds "zcrm_…" ids),
    /// Pipedrive "Deal - ID", Dynamics "(Do Not Modify) Opportunity", Salesforce "Opportunity ID",
    /// "External_Id__c" (any custom `__c` id) or an "Id" whose values are opportunity ids (006…).
    static func byIDColumn(header: [String], idValues: [String]) -> CRMSource? {
        for raw in header {
            let text = raw.importTrimmed
            let lower = text.lowercased()
            let key = ColumnName.key(text)
            if localizedHubSpotRecordIDs.contains(key) { return .hubspot }
            switch key {
            case "hsobjectid": return .hubspot
            // HubSpot and Zoho both call their id column "Record Id"; Zoho's ids are "zcrm_…", and its
            // exports name dates "Closing Date" and "Created Time", which HubSpot's do not.
            case "recordid":
                let keys = Set(header.map(ColumnName.key))
                let ids = idValues.prefix(20).filter { !$0.isEmpty }
                let zohoIDs = !ids.isEmpty && ids.allSatisfy { $0.lowercased().hasPrefix("zcrm_") }
                return zohoIDs || !keys.isDisjoint(with: ["closingdate", "createdtime", "modifiedtime"]) ? .zoho : .hubspot
            case "donotmodifyopportunity", "nichtandernverkaufschance", "nepasmodifieropportunite", "nomodificaroportunidad": return .dynamics
            case "dealid":
                if lower.hasPrefix("deal - ") { return .pipedrive }
                if lower == "deal id" { return .hubspot }
            case "opportunityid", "opportunityidcasesafe":
                if lower.hasPrefix("opportunity id") || lower.hasPrefix("opportunity-id") { return .salesforce }
            default:
                if lower.hasSuffix("__c") && ColumnName.key(text).hasSuffix("idc") { return .salesforce }
            }
        }
        let keys = Set(header.map(ColumnName.key))
        if keys.contains("id") && keys.contains("stageid") && (keys.contains("opportunity") || keys.contains("assignedbyid")) {
            return .bitrix24
        }
        let sample = idValues.prefix(20).filter { !$0.isEmpty }
        // Odoo's export names records by external id: "__export__.crm_lead_12_…".
        if !sample.isEmpty && sample.allSatisfy({ $0.hasPrefix("__export__.crm_lead") || $0.hasPrefix("crm.") }) { return .odoo }
        // An id column of opportunity ids (006…) is Salesforce's, whatever the UI language calls it:
        // "Id", "ID de l'opportunité", "商談 ID", "Id. de oportunidad".
        if !sample.isEmpty && sample.allSatisfy(isSalesforceOpportunityID) { return .salesforce }
        return nil
    }

    /// HubSpot's "Record ID" in German, French, Spanish, Portuguese, Italian and Japanese, as `ColumnName` keys.
    private static let localizedHubSpotRecordIDs: Set<String> = Set(
        ["Datensatz-ID", "ID de fiche d'informations", "ID de registro", "ID do registro", "ID record", "レコードID"].map(ColumnName.key))

    /// A Salesforce opportunity id: key prefix 006, then 12 (or, case-safe, 15) letters and digits.
    static func isSalesforceOpportunityID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 15 || bytes.count == 18, bytes.starts(with: Array("006".utf8)) else { return false }
        return bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
    }
}

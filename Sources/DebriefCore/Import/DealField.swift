/// A piece of a deal that an import fills from a column. The raw value is the key a mapping file uses.
public enum DealField: String, Sendable, CaseIterable, Hashable, Codable {
    /// Debrief's own id, present in Debrief's CSV export so that exporting and importing round-trips.
    case debriefId = "debrief_id"
    /// Which CRM a deal came from, as Debrief's export writes it.
    case crm
    case crmId = "crm_id"
    case name
    case account
    case stage
    case status
    /// A yes/no column that says the deal was won (Salesforce `IsWon`).
    case isWon = "is_won"
    /// A yes/no column that says the deal is closed (Salesforce `IsClosed`, Bitrix24 `CLOSED`).
    case isClosed = "is_closed"
    case amount
    case currency
    case closeDate = "close_date"
    case createdDate = "created_date"
    case owner
    case segment
    case dealType = "deal_type"
    case leadSource = "lead_source"
    case stageReached = "stage_reached"
    case wonReason = "won_reason"
    case lossReason = "loss_reason"
    case reason
    case competitors
    case notes

    /// Fields that may come from several columns at once (all non-empty values are kept).
    var collectsEveryColumn: Bool { self == .competitors || self == .notes }

    /// Header keys (see `ColumnName.key`, which folds "й" to "и") that mean this field, most specific first: when a file has
    /// several matching columns, an earlier alias is tried first for each row.
    /// English names from Salesforce, HubSpot and Pipedrive exports, then common German, French,
    /// Spanish, Italian, Portuguese, Dutch, Russian and Japanese headers (Salesforce's and HubSpot's UI labels).
    var aliases: [String] {
        switch self {
        case .debriefId:
            ["debriefid"]
        case .crm:
            ["crm", "crmsource", "sourcecrm"]
        case .stageReached:
            ["stagereached", "laststage", "furtheststage", "higheststage"]
        case .crmId:
            ["id", "recordid", "opportunityid", "dealid", "objectid", "hsobjectid", "crmid", "externalid",
             "opportunityidcasesafe", "identifier", "donotmodifyopportunity", "externalidc", "idc", "oppid",
             "idoportunidad", "iddeal", "dealnumber",
             // HubSpot's "Record ID" in its other UI languages, then Japanese.
             "datensatzid", "iddefichedinformations", "idderegistro", "iddoregistro", "idrecord", "レコードid"]
        case .name:
            ["name", "dealname", "opportunityname", "title", "dealtitle", "opportunity", "deal", "topic", "subject",
             "nombre", "titel", "titre", "titulo", "nom", "nome", "verkaufschance", "opportunite", "oportunidad",
             "nombredelaoportunidad", "nombredeltrato", "negocio", "trato", "opportunita", "oportunidade", "kans", "название", "названиесделки",
             "商談名", "取引名", "案件名"]
        case .account:
            ["accountname", "account", "company", "companyname", "organization", "organisation", "organizationname",
             "organisationname", "associatedcompany", "customer", "customername", "client", "clientname",
             "potentialcustomer", "companytitle", "associatedcompanyname", "parentaccount",
             "firma", "unternehmen", "kunde", "empresa", "entreprise", "societe", "cliente", "azienda", "klant", "bedrijf",
             "cuenta", "nombredelacuenta", "compania", "conta", "компания", "nomducompte", "nomedaconta", "nomedaempresa",
             "取引先名", "取引先", "会社名"]
        case .stage:
            ["stage", "dealstage", "stagename", "salesstage", "pipelinestage", "stageid", "phase", "pipelinephase",
             "etapa", "etape", "stufe", "fase", "etapadeltrato", "etapadeventa", "verkaufsphase", "стадия", "стадиясделки",
             "フェーズ", "ステージ", "取引ステージ"]
        case .status:
            ["status", "outcome", "result", "wonlost", "dealstatus", "statusreason", "statecode", "statuscode",
             "estado", "statut", "stato", "resultado", "ergebnis", "resultat", "risultato", "resultaat", "статус"]
        case .amount:
            ["amount", "value", "dealvalue", "dealamount", "opportunityamount", "totalvalue", "revenue", "dealsize",
             "closevalue", "actualrevenue", "actualvalue", "estrevenue", "estimatedrevenue", "closedamount", "amountinusd",
             "betrag", "wert", "montant", "valeur", "importe", "valor", "importo", "waarde", "bedrag", "monto", "cantidad",
             "umsatz", "volumen", "сумма", "金額"]
        case .currency:
            ["currency", "currencyofvalue", "amountcurrency", "valuecurrency", "currencycode", "currencyisocode", "dealcurrency",
             "opportunitycurrency", "currencyid", "transactioncurrency", "wahrung", "devise", "moneda", "divisa",
             "valuta", "munt", "moeda", "валюта", "通貨"]
        case .closeDate:
            ["closedate", "closedon", "dateclosed", "closeddate", "actualclosedate", "closetime",
             "wontime", "losttime", "datewon", "datelost", "dealclosedon", "closingdate", "estclosedate", "estimatedclosedate", "expectedclosedate",
             "abschlussdatum", "datedecloture", "fechadecierre", "fechacierre", "fechadecierrereal", "datadichiusura",
             "datadefechamento", "datafechamento", "sluitingsdatum", "датазакрытия", "datedefermeture", "schlusstermin",
             "クローズ日", "完了予定日", "成約日"]
        case .createdDate:
            ["createddate", "createdate", "created", "dealcreated", "createdon", "datecreated", "creationdate",
             "createtime", "createdtime", "addtime", "datecreate", "engagedate", "erstelltam", "erstellungsdatum", "datedecreation",
             "fechadecreacion", "fechacreacion", "datadicreazione", "datadecriacao", "aangemaakt", "aangemaaktop", "датасоздания",
             "erstelldatum", "作成日"]
        case .owner:
            ["owner", "dealowner", "opportunityowner", "ownername", "salesrep", "rep", "accountexecutive", "assignedto",
             "user", "responsible", "salesagent", "agent", "salesperson", "seller", "assignedby", "assignedbyid", "ownerid",
             "hubspotownerid",
             "inhaber", "besitzer", "verantwortlich", "proprietaire", "responsable", "propietario", "vendedor", "comercial",
             "agente", "venditore", "responsavel", "eigenaar", "verkoper", "ответственныи", "proprietario", "所有者", "担当者"]
        case .segment:
            ["segment", "customersegment", "marketsegment", "market", "pipeline", "pipelinename", "region", "territory", "categoryid",
             "segmento", "mercado", "pipelineid"]
        case .dealType:
            ["type", "dealtype", "opportunitytype", "businesstype", "typeid", "typ", "tipo", "product", "producto", "тип"]
        case .leadSource:
            ["leadsource", "source", "originalsource", "dealsource", "channel", "sourceid", "leadquelle", "origine",
             "origen", "fuente", "canal", "источник"]
        case .wonReason:
            ["closedwonreason", "wonreason", "winreason", "reasonwon", "primarywinreason", "reasonforwinning", "gewinngrund"]
        case .lossReason:
            ["lossreason", "closedlostreason", "lostreason", "reasonlost", "reasonforloss", "primarylossreason",
             "verlustgrund", "motivodeperdida", "motivoperdida", "razondeperdida", "raisondelaperte", "motivoperdita",
             "motivodaperda", "redenverlies", "причинапровала", "причинаотказа", "motifdelaperte", "motivodelaperdida",
             "grundfurverlorenendeal", "失注理由"]
        case .reason:
            ["reason", "reasons", "closereason", "winlossreason", "closedreason", "grund", "raison", "motivo", "razon",
             "reden", "причина"]
        case .isWon:
            ["iswon", "won", "wonflag", "isclosedwon", "hsisclosedwon", "isdealwon"]
        case .isClosed:
            ["isclosed", "closed", "closedflag", "hsisclosed", "isdealclosed", "dealisclosed", "сделказакрыта"]
        case .competitors:
            ["competitor", "competitors", "primarycompetitor", "secondarycompetitor", "competition", "lostto",
             "competitorname", "wettbewerber", "konkurrent", "concurrent", "competidor", "concorrente"]
        case .notes:
            ["notes", "note", "description", "nextstep", "comments", "comment", "dealdescription",
             "notizen", "bemerkungen", "beschreibung", "commentaires", "notas", "descripcion", "comentarios",
             "opmerkingen", "комментарии"]
        }
    }

    /// How a message names what this field needs.
    var label: String {
        switch self {
        case .debriefId: "a Debrief id"
        case .crm: "a CRM name"
        case .stageReached: "the stage reached"
        case .crmId: "a CRM id (Opportunity ID, Record ID, Deal - ID)"
        case .name: "a deal name (Opportunity Name, Deal Name, Title)"
        case .account: "an account (Account Name, Company, Organization)"
        case .stage, .status: "an outcome (Stage, Deal Stage or Status)"
        case .isWon: "a won flag (IsWon)"
        case .isClosed: "a closed flag (IsClosed, CLOSED)"
        case .amount: "an amount (Amount, Value)"
        case .currency: "a currency"
        case .closeDate: "a close date (Close Date, Won time / Lost time)"
        case .createdDate: "a created date"
        case .owner: "an owner"
        case .segment: "a segment"
        case .dealType: "a deal type"
        case .leadSource: "a lead source"
        case .wonReason: "a won reason"
        case .lossReason: "a loss reason"
        case .reason: "a reason"
        case .competitors: "competitors"
        case .notes: "notes"
        }
    }
}

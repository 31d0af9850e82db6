/// The words CRMs use for closed stages and outcome flags, as `ColumnName.key` forms (lower case,
/// accents folded, letters and digits only).
///
/// Ids: Salesforce (`Closed Won`, `Closed Lost`), HubSpot (`closedwon`, `closedlost`), Pipedrive
/// status (`won`, `lost`, `open`, `deleted`), Bitrix24 stage semantics (`WON`, `LOSE`, `APOLOGY`, with a
/// `C<n>:` pipeline prefix), Dynamics 365 status and status reason (`Won`, `Lost`, `Canceled`, `Out-Sold`,
/// `In Progress`, `On Hold`). Labels: the CRMs' closed-won / closed-lost wording in English, Spanish,
/// German, French, Italian, Portuguese and Dutch (and Russian, Bitrix24's first language).
enum StageVocabulary {
    static let exact: [String: OutcomeSignal] = {
        var table: [String: OutcomeSignal] = [:]
        for key in ["won", "win", "closedwon", "closedwin", "wonclosed", "gewonnenabgeschlossen", "dealwon", "success",
                    "successful", "сделкауспешна", "успешно", "успешна", "выиграна",
                    // HubSpot's Portuguese "Negócio fechado" is its closed-won stage; Japanese Salesforce and HubSpot labels.
                    "negociofechado", "成立", "成約", "受注"] { table[key] = .won }
        for key in ["lost", "loss", "lose", "closedlost", "lostclosed", "verlorenabgeschlossen", "apology", "dealfailed",
                    "failed", "outsold", "сделкапровалена", "провалена", "проиграна", "анализпричиныпровала",
                    "不成立", "失注", "uberboten"] { table[key] = .lost }
        for key in ["nodecision", "closednodecision", "closeddead", "dead", "canceled", "cancelled", "abandoned",
                    "sindecision", "keineentscheidung", "pasdedecision", "nessunadecisione", "semdecisao", "geenbeslissing",
                    "cancelado", "cancelada", "storniert", "abgebrochen", "annule", "annulee", "annullato", "geannuleerd"] { table[key] = .noDecision }
        for key in ["open", "opened", "active", "workingonit", "stuck", "inprogress", "onhold", "deleted", "new", "abierto", "abierta", "enprogreso", "enproceso",
                    "offen", "inbearbeitung", "ouvert", "ouverte", "encours", "aperto", "aperta", "incorso", "aberto", "aberta",
                    "emandamento", "lopend", "inbehandeling", "открыта", "вработе", "новая"] { table[key] = .open }
        for key in ["closed", "close", "cerrado", "cerrada", "geschlossen", "abgeschlossen", "ferme", "fermee", "chiuso", "chiusa",
                    "fechado", "fechada", "gesloten", "afgesloten", "закрыта", "закрыто"] { table[key] = .closed }
        return table
    }()

    /// A stage whose words include one of these (and none of the other list) is won / lost:
    /// "Closed Won - Renewal", "Cerrado ganado", "Geschlossen und gewonnen", "Fermée gagnée",
    /// "Chiuso vinto", "Fechado ganho", "Gesloten gewonnen", and the lost forms.
    static let wonWords: Set<String> = ["won", "ganado", "ganada", "ganados", "gewonnen", "gagne", "gagnee", "vinto", "vinta",
                                        "ganho", "ganha", "успешна", "успешно", "выиграна"]
    static let lostWords: Set<String> = ["lost", "lose", "perdido", "perdida", "perdidos", "verloren", "perdu", "perdue",
                                         "perso", "persa", "провалена", "проиграна", "outsold"]
    static let closedWords: Set<String> = ["closed", "cerrado", "cerrada", "geschlossen", "abgeschlossen", "ferme", "fermee", "conclue", "conclu",
                                           "chiuso", "chiusa", "fechado", "fechada", "gesloten", "afgesloten", "закрыта", "закрыто"]
    /// No-decision wordings anywhere in a stage key.
    static let noDecisionPhrases = ["nodecision", "sindecision", "keineentscheidung", "pasdedecision", "nessunadecisione",
                                    "semdecisao", "geenbeslissing"]

    static let yes: Set<String> = ["true", "yes", "y", "1", "ja", "si", "oui", "sim", "vero", "waar",
                                   "wahr", "vrai", "verdadero", "verdadeiro", "да", "x"]
    static let no: Set<String> = ["false", "no", "n", "0", "nein", "non", "nao", "falso", "nee", "falsch", "faux",
                                  "onwaar", "нет"]

    /// The words of a stage label, each folded like a `ColumnName` key.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(ColumnName.key(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(ColumnName.key(current)) }
        return words
    }
}

/// The made-up people, companies and phrases the demo team is built from.
/// Names carry accents, CJK and emoji on purpose: every view must draw them right.
enum DemoCatalog {
    static let manager = "Alex Morgan"

    static let reps = ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Tomás Herrera", "Lena Vogt", "Kenji Watanabe"]

    static let accounts = [
        "Northwind Logistics", "Brightline Health", "Café Zürich AG", "Ironclad Manufacturing", "Meridian Credit Union",
        "東京データ株式会社", "Harbor & Pine Outfitters", "Sterling Freight", "Evergreen Schools", "Atlas Robotics GmbH",
        "Quarry Lane Foods", "Solstice Energy", "Lumen Dental Group", "Crescent Bay Hotels", "Oakridge Legal LLP",
        "Pioneer Ag Co-op", "Nordlys Shipping AS", "Greenleaf Grocers", "Vertex Aerospace", "Maple Street Bakery",
        "Fjord Fitness AS", "Bluewater Marinas SL", "Kestrel Security", "Saffron Kitchens", "Halden Klinikk",
        "Orbit Media Group", "Søndergaard Møbler", "Ángel Pérez Seguros", "Łódź Precision", "Øresund Ferries",
        "서울 바이오랩", "北京云图科技", "Müller & Söhne KG", "Blue Heron Clinics", "Copperleaf Insurance",
        "Redwood Analytics", "Granite Peak Outdoors", "Silverline Rail", "Cedar & Stone Realty", "Pelican Air",
        "Aurora Biotech", "Tidewater Ports", "Juniper Retail", "Falcon Ridge Mining", "Summit Credit",
        "Coral Reef Resorts", "Ivory Tower Publishing", "Blackbird Studios", "Whitecap Dairy", "Riverbend Hospital",
        "Zenith Pharma", "Lakeshore Transit", "Hollow Oak Wineries", "Starling Bank Tech", "Glacier Water Co.",
        "Magnolia Senior Living", "Thunderbird Logistics", "Paloma Fashion", "Crimson Tide Sports", "Bayside Dental 🦷",
    ]

    static let products = [
        "Fleet Analytics", "Patient Intake Suite", "POS Integration", "Plant Floor Monitoring", "Member Portal",
        "Analytics Pilot", "Inventory Sync", "Route Optimizer", "Parent Comms", "Service Contract",
        "Supplier Portal", "Field Crew Scheduling", "Document Automation", "Yield Dashboards", "Crew Portal",
        "Loyalty Program", "Supplier Quality", "Online Orders", "Member App", "SOC Reporting",
    ]

    static let segments = ["SMB", "Mid-Market", "Enterprise"]
    static let dealTypes = ["New Business", "Expansion", "Renewal"]
    static let leadSources = ["Web", "Outbound", "Partner Referral", "Trade Show", "RFP", "Existing Customer"]
    static let competitors = ["Northbeam", "Quantia", "Lumio", "Stackwise", "Corvid Analytics", "In-house build"]
    static let lostStages = ["Discovery", "Demo", "Proposal", "Negotiation", "Security review"]

    static let winReasons: [DealReason] = [
        DealReason(.champion, "Exec sponsor engaged early and sold it internally"),
        DealReason(.product, "Ran a structured proof of concept against their real data"),
        DealReason(.relationship, "Reference call with a similar customer sealed it"),
        DealReason(.price, "Multi-year price lock beat the incumbent's renewal"),
        DealReason(.timing, "Their old contract ended the same quarter"),
        DealReason(.support, "Onboarding plan was clearer than anyone else's"),
        DealReason(.features, "Only vendor with native SSO and audit trail"),
    ]

    static let lossReasons: [DealReason] = [
        DealReason(.price, "Competitor came in 30% cheaper with \"good enough\" features"),
        DealReason(.features, "Missing offline mode for field teams"),
        DealReason(.competitor, "Incumbent bundled it into their suite"),
        DealReason(.relationship, "Our champion left mid-cycle"),
        DealReason(.process, "Lost in procurement: security review took too long"),
        DealReason(.champion, "Never reached the economic buyer"),
    ]

    /// Why buyers decided nothing, spread over what really stalls deals (not all "no decision").
    static let noDecisionReasons: [DealReason] = [
        DealReason(.noDecision, "Status quo won: they kept the spreadsheet"),
        DealReason(.budget, "No budget this fiscal year"),
        DealReason(.timing, "Postponed to next year after a reorg"),
        DealReason(.champion, "Champion moved on; nobody else owned the project"),
    ]

    /// Success factors as a manager records them: each sentence says what its cause says, and its
    /// evidence is what could back such a sentence (the first is the likeliest).
    static let successFactors: [DemoFactor] = [
        DemoFactor(.repAction, "Rep brought the CFO to a reference site; the buyer named the visit as the turning point", [.buyerSaid, .repBelief]),
        DemoFactor(.repAction, "Rep ran weekly pilot check-ins with the ops lead", [.crmRecord, .repBelief]),
        DemoFactor(.product, "Pilot on their own data met every success criterion", [.crmRecord, .buyerSaid]),
        DemoFactor(.product, "Native SSO and audit trail were a must-have only we met", [.buyerSaid, .repBelief]),
        DemoFactor(.price, "Multi-year price lock undercut the incumbent's renewal", [.buyerSaid, .crmRecord]),
        DemoFactor(.timing, "Their old contract ended the same quarter", [.crmRecord, .repBelief]),
        DemoFactor(.relationship, "The COO had used us at her previous company", [.buyerSaid, .repBelief]),
        DemoFactor(.competitor, "The other finalist could not pass the security review", [.buyerSaid, .repBelief]),
        DemoFactor(.luck, "A board mandate to replace spreadsheets landed mid-cycle", [.repBelief, .buyerSaid]),
    ]

    /// Failure factors, on the same terms.
    static let failureFactors: [DemoFactor] = [
        DemoFactor(.repAction, "Rep offered a discount before procurement asked", [.crmRecord, .repBelief]),
        DemoFactor(.repAction, "Rep never met the economic buyer", [.crmRecord, .repBelief]),
        DemoFactor(.product, "No offline mode for field teams", [.buyerSaid, .repBelief]),
        DemoFactor(.price, "Competitor came in 30% cheaper", [.buyerSaid, .repBelief]),
        DemoFactor(.timing, "Budget froze the month the proposal went out", [.buyerSaid, .crmRecord]),
        DemoFactor(.relationship, "Our champion left mid-cycle", [.crmRecord, .buyerSaid]),
        DemoFactor(.competitor, "Incumbent bundled it into their suite", [.buyerSaid, .repBelief]),
        DemoFactor(.luck, "An acquisition froze all new vendors", [.buyerSaid, .crmRecord]),
    ]

    static let dealNotes = [
        "Champion: VP Ops. Buying committee of four.",
        "Pilot with two sites first — rollout in Q3.",
        "Procurement asked for a 10% discount at the last minute.",
        "Met the CFO once; she cared about payback < 12 months. 👍🏽",
        "Customer in 🇳🇴 Norway; contract in NOK, invoiced in EUR.",
        "Kickoff notes in 日本語 from the Tokyo team.",
        "Reference call with Café Zürich went well 🚀",
        "",
    ]

    /// Notes a manager might take, by theme; joined with a rep's detail to vary them.
    static let managerNotes: [QuestionTheme: [String]] = [
        .story: [
            "First call came from a partner referral; decision took three meetings with the COO.",
            "Turning point: the security review passed first time.",
            "Buyer re-scoped twice; final criteria were price and time to value.",
        ],
        .factVsFiction: [
            "Rep's own action: brought the CFO to a reference site. Buyer confirmed this mattered.",
            "Honest answer: timing did most of the work — their contract was ending anyway.",
            "Product fit was decisive; rep's discovery was average.",
        ],
        .bestPractices: [
            "Mutual action plan shared after the first demo — reuse on every mid-market deal.",
            "Send a one-page business case the champion can forward unchanged.",
            "Book the reference call before the proposal, not after.",
        ],
        .fineTuning: [
            "Discount was offered before it was asked for. Hold price until procurement.",
            "Involve IT security in week two, not week eight.",
            "Confirm the signer's name at the proposal stage.",
        ],
        .goodVsBadBusiness: [
            "Good business: fits our core segment, low cost to serve.",
            "Early sign missed: no budget owner in the room until month four.",
            "Heavy customisation requests — bad-business sign we ignored.",
        ],
        .questioningSkills: [
            "Best question: \"What happens if you do nothing this year?\" — opened the budget talk.",
            "Assumed the IT lead was the decision maker; never asked.",
            "Next time ask: \"Who else needs to say yes?\" in the first call.",
        ],
    ]

    static let prepAnswers: [QuestionTheme: [String]] = [
        .story: [
            "Inbound from the webinar, discovery with ops lead, demo, pilot, then procurement.",
            "Partner intro → two demos → security review → signed.",
        ],
        .factVsFiction: [
            "I set up the pilot and ran the weekly check-ins myself.",
            "Mostly the product; I think the price lock helped too.",
        ],
        .bestPractices: [
            "Mutual action plan with dates from the first meeting.",
            "Reference call early.",
        ],
        .fineTuning: [
            "Would have involved legal sooner.",
            "Should have multi-threaded beyond the champion.",
        ],
        .goodVsBadBusiness: [
            "Budget confirmed by the CFO in week 3.",
            "They wanted lots of custom work — warning sign.",
        ],
        .questioningSkills: [
            "\"What does success look like in 90 days?\"",
            "I assumed they had budget. I never asked who signs.",
        ],
    ]

    static let practices = [
        ("Mutual action plan from the first demo", "Agree dates and owners for every step to signature."),
        ("Reference call before the proposal", "Pick a customer in the same segment and size."),
        ("One-page business case for the champion", "Written so it can be forwarded unchanged to the CFO."),
        ("Security pack sent in week one", "Pre-empts the review that kills momentum later."),
        ("Multi-thread by the second meeting", "At least three contacts, one of them in finance."),
    ]

    static let fineTuningPoints = [
        "Hold the discount until procurement asks.",
        "Bring IT security in by week two.",
        "Confirm the signer at the proposal stage.",
        "Shorter pilot: two weeks, not six.",
    ]

    static let signals: [(QualificationSignal.Sign, String)] = [
        (.good, "Budget owner in the first meeting"),
        (.good, "Clear compelling event with a date"),
        (.good, "Fits our core segment"),
        (.bad, "Heavy customisation requested"),
        (.bad, "No access to the economic buyer"),
        (.bad, "Procurement-led RFP with no champion"),
    ]

    static let actionItems = [
        "Write up the mutual action plan template for the team",
        "Share the reference-call script in the team channel",
        "Add \"who else signs?\" to the discovery checklist",
        "Review pricing approval rules with finance",
        "Shadow a discovery call with a senior rep",
    ]
}

/// One factor of the demo catalog: a sentence, the cause it names and the evidence that could back it.
struct DemoFactor {
    var cause: FactorCause
    var text: String
    var evidence: [FactorEvidence]

    init(_ cause: FactorCause, _ text: String, _ evidence: [FactorEvidence]) {
        self.cause = cause
        self.text = text
        self.evidence = evidence
    }
}

/// Gives imported deals ids that are safe file names and stable across imports:
/// `<source>-<crm id>` when the CRM id is already a valid id (Salesforce, HubSpot and Pipedrive ids are),
/// else `<source>-<sanitised id>-<hash>`, where the hash is of the raw CRM id. Two CRM ids that sanitise
/// to the same text ("A/1" and "A:1") therefore never share a file, and the rule needs no memory of
/// earlier imports: the same CRM id always gets the same deal id.
public enum DealIdentity {
    static let hashLength = 12

    public static func id(source: String, key: String) -> String {
        let sanitized = RecordID.sanitized(key)
        let plain = source + "-" + sanitized
        if sanitized == key && RecordID.isValid(plain) { return plain }
        let suffix = "-" + stableHash(key)
        let room = RecordID.maxLength - suffix.utf8.count
        // Sanitised text is ASCII, so characters and bytes count alike.
        return String(plain.prefix(room)) + suffix
    }

    /// The CRM id in the one form a CRM gives it everywhere: Salesforce reports show 15-character ids
    /// where the API and Data Loader give the 18-character case-safe form of the same record, so a
    /// 15-character one gets its three check characters, and both exports name one deal.
    public static func canonicalKey(_ key: String, source: CRMSource) -> String {
        guard source == .salesforce, key.utf8.count == 15, key.utf8.allSatisfy({ byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }) else { return key }
        let bytes = Array(key.utf8)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".utf8)
        var suffix: [UInt8] = []
        for chunk in 0..<3 {
            var bits = 0
            for offset in 0..<5 where bytes[chunk * 5 + offset] >= 0x41 && bytes[chunk * 5 + offset] <= 0x5A {
                bits |= 1 << offset
            }
            suffix.append(alphabet[bits])
        }
        return key + String(decoding: suffix, as: UTF8.self)
    }

    /// The id an earlier import gave the same deal before Debrief knew the file's CRM: a Salesforce report in
    /// another language came in as generic ("csv-006…"), a Zoho export as HubSpot ("hubspot-zcrm_…"), an Odoo export as
    /// generic, a Freshsales file as Pipedrive's (by deal name). Only keys
    /// no other CRM writes are looked up, so two CRMs' deal 101 are never taken for one; nil when none is on disk.
    static func earlierID(key: String, byName: Bool, source: CRMSource, idSource: String, onDisk: Set<String>) -> String? {
        guard idSource == source.idPrefix else { return nil }
        let prefixes: [String]
        switch source {
        case .salesforce where CRMSource.isSalesforceOpportunityID(key): prefixes = [CRMSource.generic.idPrefix]
        case .zoho where key.lowercased().hasPrefix("zcrm_"): prefixes = [CRMSource.hubspot.idPrefix, CRMSource.generic.idPrefix]
        case .odoo where key.hasPrefix("__export__."): prefixes = [CRMSource.generic.idPrefix]
        // Freshsales files, named by deal name, were read as Pipedrive's; Pipedrive's own exports carry ids.
        case .freshsales where byName: prefixes = [CRMSource.pipedrive.idPrefix]
        default: return nil
        }
        for prefix in prefixes {
            let earlier = id(source: prefix, key: key)
            if onDisk.contains(earlier + ".json") { return earlier }
        }
        return nil
    }

    /// FNV-1a over the UTF-8 bytes, in hex: the same on every machine and every run, unlike `hashValue`.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(hashLength))
    }
}

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

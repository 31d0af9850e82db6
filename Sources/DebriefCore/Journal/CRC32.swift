/// CRC-32 as in zlib, gzip and PNG (IEEE 802.3 polynomial, reflected, 0xEDB88320), table-driven.
/// Journal records carry one so a torn or damaged tail is recognised instead of trusted.
public enum CRC32 {
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes, startingWith previous: UInt32 = 0) -> UInt32 where Bytes.Element == UInt8 {
        var crc = ~previous
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }
}

/// FNV-1a, 64 bits: a small stable hash for journal file names (not for security).
public enum FNV1a {
    public static func hash64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

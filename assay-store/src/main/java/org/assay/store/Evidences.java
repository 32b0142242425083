package org.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the evidence of a list of claims in one query and attaches it. */
final class Evidences {

    private Evidences() {
    }

    static List<StoredClaim> attach(Connection c, List<StoredClaim> claims) throws SQLException {
        if (claims.isEmpty()) {
            return claims;
        }
        Map<Long, List<StoredEvidence>> byClaim = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT claim_id, dataset, edition, detail FROM evidence WHERE claim_id IN (");
        for (int i = 0; i < claims.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") ORDER BY claim_id, position");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < claims.size(); i++) {
                ps.setLong(i + 1, claims.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byClaim.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StoredEvidence(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<StoredClaim> out = new ArrayList<>(claims.size());
        for (StoredClaim claim : claims) {
            out.add(claim.withEvidence(byClaim.getOrDefault(claim.id(), List.of())));
        }
        return out;
    }
}

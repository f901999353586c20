package dev.ferry.engine.ledger.internal;

import dev.ferry.engine.spi.Evidence;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ferry_evidence")
class EvidenceEntity {
  @EmbeddedId EvidenceKey key;
  String kind;
  String label;

  @Column(name = "media_type")
  String mediaType;

  @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
  byte[] content;

  Evidence toEvidence() {
    return new Evidence(Evidence.Kind.valueOf(kind), label, mediaType, content);
  }
}

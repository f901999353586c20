package dev.ferry.engine.ledger.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "ferry_definition")
class DefinitionEntity {
  @Id String sha256;
  String name;
  int version;

  @Column(name = "source_file")
  String sourceFile;

  @Column(name = "source_text")
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
  String sourceText;

  @Column(name = "loaded_at")
  Instant loadedAt;
}

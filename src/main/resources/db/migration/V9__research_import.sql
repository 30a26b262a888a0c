-- Research files applied by io.jisr.research.service.ResearchBootstrap, each once.
CREATE TABLE research_import (
    name VARCHAR(100) PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL
);

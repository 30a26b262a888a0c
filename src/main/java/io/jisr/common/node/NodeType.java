package io.jisr.common.node;

/** The record kinds addressable through a global id; the name is part of the encoded id, so never rename one. */
public enum NodeType {
    Sector, Organisation, Initiative, DataCentre, Source
}

package io.jisr.organisation;

import io.jisr.common.Descriptions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganisationType")
@Description("What kind of body an organisation is. The wording a source used is kept in `typeNote`.")
public enum OrganisationType {
    @Description("A national government as a whole.")
    GOVERNMENT,
    @Description("A government ministry.")
    MINISTRY,
    @Description("A public agency or authority.")
    AGENCY,
    @Description("A regulator.")
    REGULATOR,
    @Description("A company, public or private.")
    COMPANY,
    @Description("A start-up, or a group of them.")
    START_UP,
    @Description("A university.")
    UNIVERSITY,
    @Description("A research institute.")
    RESEARCH_INSTITUTE,
    @Description("A hospital, hospital system or care provider.")
    HOSPITAL,
    @Description("An investor, such as a sovereign wealth fund.")
    INVESTOR,
    @Description("An industry or professional association.")
    ASSOCIATION,
    @Description("An embassy or diplomatic mission.")
    EMBASSY,
    @Description("A government programme.")
    PROGRAMME,
    @Description(Descriptions.OTHER)
    OTHER
}

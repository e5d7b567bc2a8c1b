package shinrai.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shinrai.shared.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

    @Bean
    NavigationEntry surveyResultsEntry() {
        return new NavigationEntry(
                "nav.section.customers",
                "nav.surveyResults",
                "/surveys/results",
                "bar-chart-line",
                "SURVEY_MANAGE",
                42);
    }

    @Bean
    NavigationEntry surveySettingsEntry() {
        return new NavigationEntry(
                "nav.section.administration",
                "nav.surveySettings",
                "/surveys/settings",
                "ui-checks",
                "SURVEY_MANAGE",
                51);
    }

    @Bean
    NavigationEntry networkSurveysEntry() {
        return new NavigationEntry(
                "nav.section.network", "nav.networkSurveys", "/surveys/network", "bar-chart", "NETWORK_KPI_READ", 20);
    }

    @Bean
    NavigationEntry networkQuestionnairesEntry() {
        return new NavigationEntry(
                "nav.section.network",
                "nav.networkQuestionnaires",
                "/surveys/network/questionnaires",
                "ui-checks",
                "NETWORK_SURVEY_MANAGE",
                21);
    }
}

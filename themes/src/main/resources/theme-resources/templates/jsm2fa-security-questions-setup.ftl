<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayRequiredFields=false displayMessage=!messagesPerField.existsError('question-0','answer-0','question-1','answer-1','question-2','answer-2','question-3','answer-3','question-4','answer-4'); section>
<!-- template: jsm2fa-security-questions-setup.ftl -->
    <#if section = "header">
        ${msg("securityQuestionsSetupTitle")}
    <#elseif section = "form">
        <form
            id="jsm2fa-security-questions-setup-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post"
            novalidate>
            <p id="jsm2fa-security-questions-setup-intro">${msg("securityQuestionsSetupIntro", securityQuestions.slots?size, minAnswerLength)}</p>
            <#list securityQuestions.slots as slot>
                <#assign questionError = messagesPerField.getFirstError(slot.questionField)>
                <#assign answerError = messagesPerField.getFirstError(slot.answerField)>
                <fieldset class="${properties.kcFormGroupClass!}">
                    <legend class="${properties.kcFormLabelClass!}">
                        <span class="${properties.kcFormLabelTextClass!}">${msg("securityQuestionsSetupSlot", slot.index + 1)}</span>
                    </legend>
                    <div class="${properties.kcFormGroupLabelClass!}">
                        <label for="${slot.questionField}" class="${properties.kcFormLabelClass!}">
                            <span class="${properties.kcFormLabelTextClass!}">${msg("securityQuestionsQuestionLabel")}</span>
                        </label>
                    </div>
                    <span class="${properties.kcInputClass!} <#if questionError?has_content>${properties.kcError!}</#if>">
                        <select
                            id="${slot.questionField}"
                            name="${slot.questionField}"
                            <#if questionError?has_content>aria-invalid="true" aria-describedby="input-error-${slot.questionField}"</#if>>
                            <option value="">${msg("securityQuestionsChooseOption")}</option>
                            <#list securityQuestions.catalogue as question>
                                <option
                                    value="${question.id}"
                                    <#if slot.question?? && slot.question.id == question.id>selected</#if>>${advancedMsg(question.text)}</option>
                            </#list>
                        </select>
                    </span>
                    <#if questionError?has_content>
                        <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                            <div class="${properties.kcInputHelperTextClass!}">
                                <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${slot.questionField}">
                                    <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(questionError)?no_esc}</span>
                                </div>
                            </div>
                        </div>
                    </#if>
                    <div class="${properties.kcFormGroupLabelClass!}">
                        <label for="${slot.answerField}" class="${properties.kcFormLabelClass!}">
                            <span class="${properties.kcFormLabelTextClass!}">${msg("securityQuestionsAnswerLabel")}</span>
                        </label>
                    </div>
                    <span class="${properties.kcInputClass!} <#if answerError?has_content>${properties.kcError!}</#if>">
                        <input
                            id="${slot.answerField}"
                            name="${slot.answerField}"
                            type="text"
                            autocomplete="off"
                            autocapitalize="off"
                            spellcheck="false"
                            <#if answerError?has_content>aria-invalid="true" aria-describedby="input-error-${slot.answerField}"</#if>/>
                    </span>
                    <#if answerError?has_content>
                        <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                            <div class="${properties.kcInputHelperTextClass!}">
                                <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${slot.answerField}">
                                    <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(answerError)?no_esc}</span>
                                </div>
                            </div>
                        </div>
                    </#if>
                </fieldset>
            </#list>

            <@buttons.actionGroup>
                <@buttons.button id="jsm2fa-security-questions-save" name="save" label="doSubmit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>

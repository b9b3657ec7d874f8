package io.github.jsm2fa.sso;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

class SsoEmailRequiredAuthenticatorTest {

  private final SsoEmailRequiredAuthenticator authenticator = new SsoEmailRequiredAuthenticator();
  private final AuthenticationFlowContext context = mock(AuthenticationFlowContext.class);
  private final ClientModel client = mock(ClientModel.class);
  private final UserModel user = mock(UserModel.class);
  private final EventBuilder event = mock(EventBuilder.class, RETURNS_SELF);
  private final LoginFormsProvider form = mock(LoginFormsProvider.class, RETURNS_SELF);
  private final Response errorPage = mock(Response.class);

  @BeforeEach
  void wireContext() {
    AuthenticationSessionModel authSession = mock(AuthenticationSessionModel.class);
    RealmModel realm = mock(RealmModel.class);
    when(context.getAuthenticationSession()).thenReturn(authSession);
    when(context.getRealm()).thenReturn(realm);
    when(context.getUser()).thenReturn(user);
    when(context.getEvent()).thenReturn(event);
    when(context.form()).thenReturn(form);
    when(form.createErrorPage(any())).thenReturn(errorPage);
    when(authSession.getClient()).thenReturn(client);
    when(client.getProtocol()).thenReturn("saml");
    when(client.getAttribute("saml_name_id_format")).thenReturn("email");
    when(client.getAttribute("saml_force_name_id_format")).thenReturn("true");
  }

  @Test
  void samlEmailClientAndNoEmail_showsErrorPageWithoutCountingAFailure() {
    when(user.getEmail()).thenReturn(null);

    authenticator.authenticate(context);

    verify(form).setError(SsoEmailRequiredAuthenticator.EMAIL_MISSING_MESSAGE);
    verify(event).error(SsoEmailRequiredAuthenticator.EMAIL_MISSING_EVENT_ERROR);
    verify(context).challenge(errorPage);
    verify(context, never()).success();
    verify(context, never()).failure(any(), any());
    verify(context, never()).failureChallenge(any(), any());
  }

  @Test
  void samlEmailClientAndBlankEmail_isRefused() {
    when(user.getEmail()).thenReturn("  ");

    authenticator.authenticate(context);

    verify(context).challenge(errorPage);
    verify(context, never()).success();
  }

  @Test
  void samlEmailClientAndEmail_passes() {
    when(user.getEmail()).thenReturn("customer@example.com");

    authenticator.authenticate(context);

    verify(context).success();
    verify(context, never()).challenge(any());
  }

  @Test
  void oidcClientAndNoEmail_passes() {
    when(client.getProtocol()).thenReturn("openid-connect");
    when(user.getEmail()).thenReturn(null);

    authenticator.authenticate(context);

    verify(context).success();
    verify(event, never()).error(anyString());
  }

  @Test
  void samlClientWithUsernameNameIdAndNoEmail_passes() {
    when(client.getAttribute("saml_name_id_format")).thenReturn("username");
    when(user.getEmail()).thenReturn(null);

    authenticator.authenticate(context);

    verify(context).success();
  }
}

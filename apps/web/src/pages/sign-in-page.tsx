import { Alert, Button, Card, Form, Input, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { answerOf, api } from '../api/client';
import { useSettings } from '../api/settings';
import { ProblemAlert } from '../components/problem-alert';
import { ROLE_NAMES, unitName } from '../lib/vocabulary';
import { homeOf, useSession, type Session } from '../session/session';

type Role = 'officer' | 'leader' | 'supervisor' | 'metrics' | 'admin' | 'applicant';
interface DevForm {
  role: Role;
  agency: string;
  unit?: string;
  name: string;
}

/** Sign-in: the local page (role and agency, DEV_SIGN_IN) or the identity provider (OIDC). */
export function SignInPage() {
  const settings = useSettings();
  const { session } = useSession();
  // Signed in (just now, or coming back here): on to the person's first page.
  if (session) return <Navigate to={homeOf(session.role)} replace />;
  const mode = settings.data?.signIn.mode;
  return (
    <div style={{ maxWidth: 440, margin: '32px auto' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          Đăng nhập hệ thống Một cửa
        </Typography.Title>
        {settings.isPending && <Spin aria-label="Đang tải" />}
        <ProblemAlert error={settings.error} />
        {mode === 'dev' && <DevSignIn />}
        {mode === 'oidc' && <OidcSignIn />}
        {mode === 'none' && (
          <Alert
            type="info"
            title="Đăng nhập qua cổng của đơn vị"
            description="Hệ thống này nhận phiên đăng nhập từ cổng thông tin của đơn vị; không có trang đăng nhập riêng."
          />
        )}
      </Card>
    </div>
  );
}

/** The local page: whoever you choose to be (a development installation only). */
function DevSignIn() {
  const settings = useSettings().data;
  const enter = useSession().signIn;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: DevForm) => {
    setBusy(true);
    setError(undefined);
    try {
      const { token } = await answerOf(
        api.POST('/web/dev-sign-in', {
          body: {
            role: values.role,
            agency: values.agency,
            name: values.name,
            ...(values.unit ? { unit: values.unit } : {}),
          },
        }),
      );
      enter({
        token,
        role: values.role,
        agency: values.agency,
        name: values.name,
        ...(values.unit ? { unit: values.unit } : {}),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Alert type="warning" showIcon title="Trang đăng nhập dùng khi cài đặt thử nghiệm" style={{ marginBottom: 16 }} />
      <Form<DevForm>
        layout="vertical"
        onFinish={submit}
        initialValues={{ role: 'officer', agency: settings?.agencies[0]?.code, name: 'Trần Thị Bình' }}
      >
        <Form.Item name="name" label="Họ và tên" rules={[{ required: true, message: 'Vui lòng nhập họ tên' }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="role" label="Vai trò" rules={[{ required: true }]}>
          <Select options={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="agency" label="Cơ quan" rules={[{ required: true, message: 'Vui lòng chọn cơ quan' }]}>
          <Select options={settings?.agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }))} />
        </Form.Item>
        <Form.Item name="unit" label="Đơn vị (bỏ trống: mặc định của vai trò)">
          <Select allowClear options={settings?.units.map((u) => ({ value: u, label: unitName(u) }))} />
        </Form.Item>
        <ProblemAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} block style={{ marginTop: 8 }}>
          Đăng nhập
        </Button>
      </Form>
    </>
  );
}

/** The identity provider's flow: one button out, and the way back completes the session. */
function OidcSignIn() {
  const signIn = useSettings().data?.signIn;
  const { signIn: enter, signOut } = useSession();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (signIn?.mode !== 'oidc') return;
    void import('../session/oidc').then(async ({ userManagerOf, completeSignIn, endOidcSession }) => {
      try {
        const renewal = { renewed: (next: Session) => enter(next), ended: signOut };
        const session = await completeSignIn(userManagerOf(signIn), renewal);
        if (session) enter(session, () => void endOidcSession());
      } catch (e) {
        setError(e);
      }
    });
  }, [signIn, enter, signOut]);
  const start = async () => {
    if (signIn?.mode !== 'oidc') return;
    const { userManagerOf } = await import('../session/oidc');
    await userManagerOf(signIn).signinRedirect();
  };
  return (
    <>
      {error !== undefined && <Alert type="error" title="Đăng nhập không thành công" description={String(error)} />}
      <Button type="primary" block onClick={() => void start()}>
        Đăng nhập bằng tài khoản định danh
      </Button>
    </>
  );
}

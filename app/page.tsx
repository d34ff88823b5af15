import { HomeScreen } from "./components/home-screen";

export default function Page() {
  return <HomeScreen />;
}
